package org.openasc.platform.web;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Filters on dashboards and lists use the GOV.UK date input (day, month and year boxes, as every form does)
 * rather than the browser's date picker: a GET with {@code asOfDay}, {@code asOfMonth} and {@code asOfYear}
 * reaches the page as {@code asOf=2026-12-02}. A date that is not a date reaches it as it was typed, so the
 * page refuses it by name like any other bad filter, never as an error of the server.
 */
@Component
class DateInputParameters extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> added = new HashMap<>();
        if ("GET".equals(request.getMethod())) {
            for (String name : Collections.list(request.getParameterNames())) {
                if (name.endsWith("Day") && name.length() > 3) {
                    String base = name.substring(0, name.length() - 3);
                    String day = request.getParameter(name);
                    String month = request.getParameter(base + "Month");
                    String year = request.getParameter(base + "Year");
                    if (month != null && year != null && request.getParameter(base) == null && !(blank(day) && blank(month) && blank(year))) {
                        added.put(base, new String[] {compose(day, month, year)});
                    }
                }
            }
        }
        chain.doFilter(added.isEmpty() ? request : new WithDates(request, added), response);
    }

    private static String compose(String day, String month, String year) {
        try {
            if (year.strip().length() == 4) {
                return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip())).toString();
            }
        } catch (NumberFormatException | DateTimeException e) {
            // falls through: the page refuses what was typed
        }
        return day.strip() + "/" + month.strip() + "/" + year.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static final class WithDates extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        WithDates(HttpServletRequest request, Map<String, String[]> added) {
            super(request);
            Map<String, String[]> all = new HashMap<>(request.getParameterMap());
            all.putAll(added);
            this.parameters = Collections.unmodifiableMap(all);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
