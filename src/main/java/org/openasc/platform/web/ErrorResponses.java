package org.openasc.platform.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Turns refusals into answers a person can act on: problem+json for the API ({@code /api/...}),
 * an error page for the browser. Validation failures are expected and are not logged as errors.
 */
@ControllerAdvice
class ErrorResponses {

    private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

    private final LayoutAttributes layout;

    ErrorResponses(LayoutAttributes layout) {
        this.layout = layout;
    }

    @ExceptionHandler(InvalidInput.class)
    Object invalid(InvalidInput e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.BAD_REQUEST, "Some of the details are not valid: see errors for what to fix.", e.problems(), null);
    }

    @ExceptionHandler(Conflict.class)
    Object conflict(Conflict e, HttpServletRequest request, HttpServletResponse response) {
        Object answer = answer(request, response, HttpStatus.CONFLICT, e.getMessage(), e.problems(), null);
        if (answer instanceof org.springframework.http.ResponseEntity<?> entity
                && entity.getBody() instanceof org.springframework.http.ProblemDetail problem) {
            problem.setProperty("existing", e.existing());
        }
        return answer;
    }

    @ExceptionHandler(StaleVersion.class)
    Object stale(StaleVersion e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.CONFLICT, e.getMessage(), List.of(new FieldProblem("version", e.getMessage())), null);
    }

    @ExceptionHandler(NotFound.class)
    Object notFound(NotFound e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.NOT_FOUND, e.getMessage() + ".", List.of(), "error/not-found");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.NOT_FOUND, "There is nothing at this address.", List.of(), "error/not-found");
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    Object denied(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        String detail = e instanceof RecordRefused ? e.getMessage() : "Your role does not allow this.";
        return answer(request, response, HttpStatus.FORBIDDEN, detail, List.of(), "error/forbidden");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    Object beanValidation(MethodArgumentNotValidException e, HttpServletRequest request, HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(f -> problems.add(new FieldProblem(f.getField(), f.getDefaultMessage())));
        return answer(request, response, HttpStatus.BAD_REQUEST, "Some of the details are not valid: see errors for what to fix.", problems, null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request, HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        Throwable cause = e.getCause();
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
            if (databind instanceof tools.jackson.databind.exc.UnrecognizedPropertyException unknown) {
                problems.add(new FieldProblem(field, "There is no field called " + unknown.getPropertyName() + " here: check its spelling against the API document"));
                return answer(request, response, HttpStatus.BAD_REQUEST, "The request has a field this call does not take.", problems, null);
            }
            problems.add(new FieldProblem(field, "This value has the wrong form: text is in quotes, dates are yyyy-MM-dd, numbers are plain digits, true or false for yes/no, and lists are [..]"));
            return answer(request, response, HttpStatus.BAD_REQUEST, "A field in the request has the wrong type or format.", problems, null);
        }
        String detail = cause instanceof JacksonException
                ? "The request body is not valid JSON: check quotes, commas and brackets."
                : "The request body is missing or could not be read: send a JSON object.";
        problems.add(new FieldProblem("body", detail));
        return answer(request, response, HttpStatus.BAD_REQUEST, detail, problems, null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.", List.of(), null);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.NOT_ACCEPTABLE, "This address answers with application/json.", List.of(), null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.METHOD_NOT_ALLOWED, "This address does not accept " + e.getMethod() + ".", List.of(), "error/not-found");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    Object parameter(Exception e, HttpServletRequest request, HttpServletResponse response) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        return answer(request, response, HttpStatus.BAD_REQUEST, "The parameter " + name + " is missing or has the wrong form.",
                List.of(new FieldProblem(name, "Check the value: a date must be a real date (2026-03-27 in the API), and a number plain digits")),
                "error/not-found");
    }

    /** A file beyond what the server takes at all: said plainly, as the size check of the service would. */
    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    Object tooLarge(Exception e, HttpServletRequest request, HttpServletResponse response) {
        String detail = "The file is too large: the largest a document can be is 10 MB.";
        return answer(request, response, HttpStatus.BAD_REQUEST, detail, List.of(new FieldProblem("file", detail)), "error/not-found");
    }

    /** A request that says it is multipart but is not, or lacks the file part: the caller's mistake, never a server error. */
    @ExceptionHandler({org.springframework.web.multipart.MultipartException.class,
            org.springframework.web.multipart.support.MissingServletRequestPartException.class})
    Object multipart(Exception e, HttpServletRequest request, HttpServletResponse response) {
        String detail = "Send the file as multipart/form-data with a part called file.";
        return answer(request, response, HttpStatus.BAD_REQUEST, detail, List.of(new FieldProblem("file", detail)), "error/not-found");
    }

    /**
     * A value PostgreSQL cannot store as text (a NUL byte, or bytes that are not UTF-8): the caller's input, so a 400
     * naming the parameters that carry it (or the body), and the transaction has rolled back, so nothing was saved.
     */
    @ExceptionHandler(org.springframework.dao.DataAccessException.class)
    Object database(org.springframework.dao.DataAccessException e, HttpServletRequest request, HttpServletResponse response) {
        if (!unstorableText(e)) {
            return unexpected(e, request, response);
        }
        String detail = "A value contains a character that cannot be stored (a NUL byte or an invalid character): remove it and try again.";
        List<FieldProblem> problems = new ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            if (java.util.Arrays.stream(values).anyMatch(v -> v.indexOf('\u0000') >= 0)) {
                problems.add(new FieldProblem(name, detail));
            }
        });
        if (problems.isEmpty()) {
            problems.add(new FieldProblem("body", detail));
        }
        return answer(request, response, HttpStatus.BAD_REQUEST, detail, problems, "error/not-found");
    }

    private static boolean unstorableText(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.error("Unexpected failure handling {} {}", request.getMethod(), request.getRequestURI(), RedactedFailure.of(e));
        return answer(request, response, HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side and nothing was saved. Try again, and tell the service desk if it keeps happening.",
                List.of(), "error/unexpected");
    }

    private Object answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
                          List<FieldProblem> problems, String view) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/") || view == null) {
            return Problems.response(status, detail, problems);
        }
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView(view, layout.all(), status);
        page.addObject("detail", detail);
        return page;
    }
}
