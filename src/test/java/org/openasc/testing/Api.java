package org.openasc.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A JSON API client for tests: real HTTP, HTTP Basic as one member of staff (or an API token, as an integration). */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final int port;
    private final String username;
    private final String password;
    private final String token;

    public Api(int port, String username, String password) {
        this(port, username, password, null);
    }

    private Api(int port, String username, String password, String token) {
        this.port = port;
        this.username = username;
        this.password = password;
        this.token = token;
    }

    /** A client that sends {@code Authorization: Bearer token}, as an integration signed in with an API token does. */
    public static Api withToken(int port, String token) {
        return new Api(port, null, null, token);
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public Response get(String path) {
        return send(builder(path).GET());
    }

    public Response post(String path, Object body) {
        return send(builder(path).header("Content-Type", "application/json").POST(body(body)));
    }

    public Response put(String path, Object body) {
        return send(builder(path).header("Content-Type", "application/json").PUT(body(body)));
    }

    /** A document (a PDF, say) as bytes, with its status and content type. */
    public record Document(int status, String contentType, byte[] bytes) {
    }

    public Document document(String path) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(builder(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Document(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a body as given, with a chosen content type, to test malformed requests. */
    public Response raw(String method, String path, String contentType, String body) {
        return send(builder(path).header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a multipart/form-data request: text fields, and a file part called "file" when {@code fileName} is given. */
    public Response upload(String path, java.util.Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "openasc-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> write = text -> body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        fields.forEach((name, value) -> write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n"));
        if (fileName != null) {
            write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(content);
            write.accept("\r\n");
        }
        write.accept("--" + boundary + "--\r\n");
        return send(builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private HttpRequest.BodyPublisher body(Object body) {
        return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body), StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        } else if (username != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back: status, content type, Location, and the body as text and JSON. */
    public record Response(int status, String contentType, String location, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** The message the problem+json gives for a field, or null. */
        public String errorFor(String field) {
            for (JsonNode error : json().path("errors")) {
                if (field.equals(error.path("field").asString())) {
                    return error.path("message").asString();
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
