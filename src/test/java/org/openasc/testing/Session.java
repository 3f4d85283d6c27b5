package org.openasc.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A member of staff signed in through the sign-in form, as a person is: pages and their PDFs answer sessions, not HTTP Basic. */
public final class Session {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client;
    private final int port;
    private final String username;

    public Session(int port, Api staff) {
        this.client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        this.port = port;
        this.username = staff.username();
        Matcher csrf = CSRF.matcher(page("/sign-in").body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String form = "username=" + encode(staff.username()) + "&password=" + encode(staff.password()) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/sign-in")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Sign-in refused for " + username + ": " + signedIn.statusCode());
        }
    }

    private Session(HttpClient client, int port, String username) {
        this.client = client;
        this.port = port;
        this.username = username;
    }

    /** The same browser (its session cookie) talking to another node of the same council on {@code otherPort}. */
    public Session at(int otherPort) {
        return new Session(client, otherPort, username);
    }

    public String username() {
        return username;
    }

    /** Signs out through the layout's sign-out form, as the button does. */
    public HttpResponse<String> signOut() {
        Matcher csrf = CSRF.matcher(page("/").body());
        if (!csrf.find()) {
            throw new IllegalStateException("No sign-out form: not signed in");
        }
        return send(HttpRequest.newBuilder(uri("/sign-out")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(csrf.group(1)))), HttpResponse.BodyHandlers.ofString());
    }

    /** A page as HTML. */
    public HttpResponse<String> page(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET(), HttpResponse.BodyHandlers.ofString());
    }

    /** A document (a PDF, say) as bytes. */
    public HttpResponse<byte[]> document(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request.build(), body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
