package org.openasc.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.json.JsonMapper;

/** Builds RFC 9457 problem details with the OpenASC {@code errors} list for field problems. */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatus status, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    public static ResponseEntity<ProblemDetail> response(HttpStatus status, String detail, List<FieldProblem> errors) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(status, detail, errors));
    }

    /** Writes a problem straight to the servlet response, for the security filters that run before MVC. */
    public static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> body = Map.of("type", "about:blank", "title", status.getReasonPhrase(),
                "status", status.value(), "detail", detail);
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
