package org.openasc.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.servlet.Filter;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Counts the SQL statements the application runs to answer one request of one member of staff, so a test can show
 * that a list costs as many statements for 3N rows as for N (no query per row). Test-only: it wraps the application's
 * DataSource and adds a filter, after sign-in, that counts on the request's thread for the staff being watched.
 */
@Configuration(proxyBeanMethods = false)
public class StatementCount {

    private static final ThreadLocal<int[]> COUNTING = new ThreadLocal<>();
    private static final Map<String, CompletableFuture<Integer>> WATCHED = new ConcurrentHashMap<>();

    /** The statements run to answer the one request {@code request} makes as {@code username}. */
    public static int of(String username, Supplier<?> request) {
        CompletableFuture<Integer> counted = new CompletableFuture<>();
        WATCHED.put(username, counted);
        try {
            request.get();
            return counted.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("No request by " + username + " was counted", e);
        } finally {
            WATCHED.remove(username);
        }
    }

    @Bean
    static BeanPostProcessor statementCountingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource) ? new CountingDataSource(dataSource) : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<Filter> statementCountingFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
            CompletableFuture<Integer> counted = signedIn == null ? null : WATCHED.get(signedIn.getName());
            if (counted == null) {
                chain.doFilter(request, response);
                return;
            }
            int[] count = {0};
            COUNTING.set(count);
            try {
                chain.doFilter(request, response);
            } finally {
                COUNTING.remove();
                counted.complete(count[0]);
            }
        });
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    /** Hands out connections whose statements count themselves on the thread being counted. */
    static final class CountingDataSource extends DelegatingDataSource implements AutoCloseable {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        @Override
        public void close() throws Exception {
            if (getTargetDataSource() instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }

        private static Connection counting(Connection connection) {
            return proxy(Connection.class, connection, (method, result) -> result instanceof Statement statement
                    ? proxy(method.getReturnType(), statement, (m, r) -> {
                        if (m.getName().startsWith("execute") && COUNTING.get() != null) {
                            COUNTING.get()[0]++;
                        }
                        return r;
                    })
                    : result);
        }
    }

    private interface After {
        Object apply(Method method, Object result) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<?> type, Object target, After after) {
        InvocationHandler handler = (self, method, args) -> {
            try {
                return after.apply(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(StatementCount.class.getClassLoader(), new Class<?>[]{type}, handler);
    }
}
