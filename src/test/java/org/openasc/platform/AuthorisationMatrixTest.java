package org.openasc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Parameter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;

/**
 * The declared authorisation matrix ({@code src/test/resources/authorisation-matrix.tsv}: every page route and API
 * operation against every role, ALLOW, OWN_TEAM or DENY) is what the system does: no route exists that the matrix does
 * not list, nor the other way round, and every cell is checked with a real request as one member of staff of that role.
 * A DENY cell must answer 403; an ALLOW or OWN_TEAM cell neither 401 nor 403. Requests name records nobody has and
 * send bodies that parse but hold nothing ({@code {}}), so nothing is created and a refusal must come before "not found".
 * OWN_TEAM cells are proven with real records of another team in {@link OwnTeamAuthorisationTest}.
 */
class AuthorisationMatrixTest extends IntegrationTest {

    static final String MATRIX = "/authorisation-matrix.tsv";
    /** Where the matrix the system answered today is written, to review against the declared one. */
    static final Path OBSERVED = Path.of("target", "authorisation-matrix-observed.tsv");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::([^}]*))?}");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final HttpClient API = HttpClient.newHttpClient();
    private static final String NO_SUCH_UUID = "00000000-0000-4000-8000-00000000a17e";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyRouteIsInTheMatrixAndEveryCellIsWhatTheSystemAnswers() throws Exception {
        Map<String, Route> routes = routes();
        Map<Role, Api> api = new EnumMap<>(Role.class);
        Map<Role, PageClient> pages = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            api.put(role, staffWith(role));
            pages.put(role, new PageClient(port, api.get(role)));
        }
        Map<String, Map<Role, Integer>> answered = new ConcurrentHashMap<>();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (Route route : routes.values()) {
                for (Role role : Role.values()) {
                    sent.add(senders.submit(() -> answered.computeIfAbsent(route.key(), k -> new ConcurrentHashMap<>())
                            .put(role, route.api() ? route.send(api.get(role), port) : route.send(pages.get(role)))));
                }
            }
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            senders.shutdown();
        }
        writeObserved(routes, answered);

        Map<String, Map<Role, String>> declared = declared();
        List<String> unlisted = new ArrayList<>();
        for (String route : routes.keySet()) {
            if (!declared.containsKey(route)) {
                StringBuilder row = new StringBuilder(route.replaceFirst(" ", "\t"));
                Arrays.stream(Role.values()).forEach(role -> row.append('\t').append(refused(answered.get(route).get(role)) ? "DENY" : "ALLOW"));
                unlisted.add(row.toString());
            }
        }
        assertThat(unlisted).as("routes the matrix does not list: review each row as answered today, then add it").isEmpty();
        assertThat(routes.keySet()).as("routes the matrix lists that no longer exist").containsAll(declared.keySet());
        JsonNode document = api.get(Role.ADMIN).get("/api/docs").json().path("paths");
        List<String> operations = new ArrayList<>();
        document.properties().forEach(path -> path.getValue().properties().forEach(op -> operations.add(op.getKey().toUpperCase() + " " + path.getKey())));
        assertThat(operations).as("operations of the OpenAPI document").hasSizeGreaterThan(100);
        assertThat(declared.keySet()).as("every API operation in the OpenAPI document is in the matrix").containsAll(operations);

        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Map<Role, Integer>> route : new TreeMap<>(answered).entrySet()) {
            for (Map.Entry<Role, Integer> cell : route.getValue().entrySet()) {
                String expected = declared.get(route.getKey()).get(cell.getKey());
                int status = cell.getValue();
                boolean refused = refused(status);
                if (expected.equals("DENY") ? status != 403 : refused) {
                    wrong.add(route.getKey() + " as " + cell.getKey() + ": declared " + expected + ", answered " + status);
                }
                checked++;
            }
        }
        assertThat(checked).as("cells checked").isGreaterThan(4000);
        assertThat(wrong).as("cells of %d checked that differ from the matrix (observed in %s)", checked, OBSERVED).isEmpty();
    }

    private static boolean refused(int status) {
        return status == 401 || status == 403;
    }

    /** The declared matrix: "METHOD path" to the cell of each role. */
    static Map<String, Map<Role, String>> declared() throws IOException {
        Map<String, Map<Role, String>> rows = new LinkedHashMap<>();
        try (var in = AuthorisationMatrixTest.class.getResourceAsStream(MATRIX)) {
            assertThat(in).as(MATRIX).isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            List<String> header = Arrays.asList(lines.get(0).split("\t"));
            assertThat(header.subList(2, header.size())).as("one column per role").containsExactly(Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t");
                assertThat(cells).as(line).hasSize(header.size());
                Map<Role, String> row = new EnumMap<>(Role.class);
                for (Role role : Role.values()) {
                    String cell = cells[2 + role.ordinal()];
                    assertThat(cell).as(line).isIn("ALLOW", "OWN_TEAM", "DENY");
                    row.put(role, cell);
                }
                assertThat(rows.put(cells[0] + " " + cells[1], row)).as("listed twice: " + line).isNull();
            }
        }
        return rows;
    }

    private Map<String, Route> routes() {
        Map<String, Route> routes = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            if (methods.isEmpty()) {
                methods.add("GET");
            }
            for (String pattern : info.getPatternValues()) {
                for (String method : methods) {
                    Route route = new Route(method, pattern, mapping.getValue(), info.getConsumesCondition().getConsumableMediaTypes());
                    routes.put(route.key(), route);
                }
            }
        }
        return routes;
    }

    private static void writeObserved(Map<String, Route> routes, Map<String, Map<Role, Integer>> answered) throws IOException {
        StringBuilder out = new StringBuilder("method\tpath");
        Arrays.stream(Role.values()).forEach(r -> out.append('\t').append(r.name()));
        out.append('\n');
        for (Route route : routes.values()) {
            out.append(route.method()).append('\t').append(route.pattern());
            Map<Role, Integer> row = answered.getOrDefault(route.key(), Map.of());
            for (Role role : Role.values()) {
                Integer status = row.get(role);
                out.append('\t').append(status == null ? "ALLOW" : (status == 401 || status == 403 ? "DENY" : "ALLOW") + ":" + status);
            }
            out.append('\t').append(route.handler().getBeanType().getSimpleName()).append('#').append(route.handler().getMethod().getName()).append('\n');
        }
        Files.createDirectories(OBSERVED.getParent());
        Files.writeString(OBSERVED, out);
    }

    /** One route: how to call it with ids nobody has, the parameters it requires and a body that parses but holds nothing. */
    record Route(String method, String pattern, HandlerMethod handler, Set<MediaType> consumes) {

        String key() {
            return method + " " + pattern;
        }

        boolean api() {
            return pattern.startsWith("/api/");
        }

        String target() {
            Map<String, String> values = new LinkedHashMap<>();
            List<String> query = new ArrayList<>();
            for (Parameter p : handler.getMethod().getParameters()) {
                PathVariable variable = p.getAnnotation(PathVariable.class);
                RequestParam param = p.getAnnotation(RequestParam.class);
                if (variable != null) {
                    values.put(name(variable.value(), variable.name(), p), valueFor(p.getType(), name(variable.value(), variable.name(), p)));
                } else if (param != null && param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue())
                        && p.getType() != MultipartFile.class && !Map.class.isAssignableFrom(p.getType())) {
                    String name = name(param.value(), param.name(), p);
                    query.add(name + "=" + URLEncoder.encode(valueFor(p.getType(), name), StandardCharsets.UTF_8));
                }
            }
            Matcher m = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (m.find()) {
                // A variable limited to a few words ({step:submit|clear|publish}) takes the first, so the route is reached.
                String value = m.group(2) != null && m.group(2).matches("[\\w-]+(\\|[\\w-]+)*") ? m.group(2).split("\\|")[0]
                        : values.getOrDefault(m.group(1), "999999999");
                m.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            m.appendTail(path);
            return path + (query.isEmpty() ? "" : "?" + String.join("&", query));
        }

        boolean multipart() {
            return consumes.stream().anyMatch(MediaType.MULTIPART_FORM_DATA::includes) || Arrays.stream(handler.getMethod().getParameters())
                    .anyMatch(p -> p.getType() == MultipartFile.class || p.isAnnotationPresent(RequestPart.class));
        }

        /** The content type and body to send, or null for none (reads, and page forms other than files). */
        String[] body() {
            if (method.equals("GET") || method.equals("DELETE")) {
                return null;
            }
            if (multipart()) {
                return new String[] {"multipart/form-data; boundary=matrix",
                    "--matrix\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\nContent-Type: text/csv\r\n\r\nx\r\n--matrix--\r\n"};
            }
            for (Parameter p : handler.getMethod().getParameters()) {
                if (p.isAnnotationPresent(RequestBody.class)) {
                    if (p.getType() == String.class || p.getType() == byte[].class) {
                        MediaType type = consumes.stream().filter(t -> !t.isWildcardType()).findFirst().orElse(MediaType.TEXT_PLAIN);
                        return new String[] {type.toString(), "x"};
                    }
                    boolean list = p.getType().isArray() || java.util.Collection.class.isAssignableFrom(p.getType());
                    return new String[] {"application/json", list ? "[]" : "{}"};
                }
            }
            return api() ? new String[] {"application/json", ""} : null;
        }

        /** Over HTTP Basic, accepting any answer: a CSV or PDF operation is refused or served by its role, not by content negotiation. */
        int send(Api caller, int port) {
            String[] body = body();
            String credentials = java.util.Base64.getEncoder().encodeToString((caller.username() + ":" + caller.password()).getBytes(StandardCharsets.UTF_8));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + target()))
                    .header("Accept", "*/*").header("Authorization", "Basic " + credentials)
                    .header("Content-Type", body == null ? "application/json" : body[0])
                    .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : body[1]));
            try {
                return API.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        int send(PageClient caller) {
            return caller.send(method, target(), body());
        }

        private static String name(String value, String name, Parameter p) {
            return !value.isEmpty() ? value : !name.isEmpty() ? name : p.getName();
        }

        private static String valueFor(Class<?> type, String name) {
            if (type == java.util.UUID.class) {
                return NO_SUCH_UUID;
            }
            if (type == java.time.LocalDate.class) {
                return "1961-01-02";
            }
            if (type == java.time.YearMonth.class) {
                return "1961-01";
            }
            if (type.isEnum()) {
                return ((Enum<?>) type.getEnumConstants()[0]).name();
            }
            if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
                return name.toLowerCase().contains("year") ? "1961" : "999999999";
            }
            if (type == boolean.class || type == Boolean.class) {
                return "false";
            }
            return name.toLowerCase().contains("date") || name.endsWith("On") ? "1961-01-02" : "x";
        }
    }

    /** A member of staff signed in through the sign-in form, sending page requests with the session's CSRF token. */
    static final class PageClient {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final int port;
        private final String csrf;

        PageClient(int port, Api staff) {
            this.port = port;
            String signInToken = token("/sign-in");
            String form = "username=" + encode(staff.username()) + "&password=" + encode(staff.password()) + "&_csrf=" + encode(signInToken);
            HttpResponse<String> signedIn = exchange(HttpRequest.newBuilder(uri("/sign-in")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            assertThat(signedIn.headers().firstValue("Location").orElse("")).as("signed in").doesNotContain("error");
            this.csrf = token("/");
        }

        int send(String method, String target, String[] body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(target)).header("Accept", "text/html").header("X-CSRF-TOKEN", csrf);
            if (body != null) {
                request.header("Content-Type", body[0]).method(method, HttpRequest.BodyPublishers.ofString(body[1]));
            } else if (method.equals("GET") || method.equals("DELETE")) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/x-www-form-urlencoded").method(method, HttpRequest.BodyPublishers.ofString(""));
            }
            HttpResponse<String> answer = exchange(request);
            // Sent back to sign in: the session no longer counts, a refusal as much as a 401.
            return answer.headers().firstValue("Location").orElse("").endsWith("/sign-in") ? 401 : answer.statusCode();
        }

        private String token(String page) {
            Matcher token = CSRF.matcher(exchange(HttpRequest.newBuilder(uri(page)).header("Accept", "text/html").GET()).body());
            assertThat(token.find()).as("a CSRF token on " + page).isTrue();
            return token.group(1);
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private HttpResponse<String> exchange(HttpRequest.Builder request) {
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
