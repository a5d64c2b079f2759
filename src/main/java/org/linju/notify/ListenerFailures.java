package org.linju.notify;

import java.lang.reflect.Method;
import java.util.concurrent.Executor;
import org.linju.shared.DatabaseAway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * How failed asynchronous listeners are logged. A webhook that is down, or the database being away, is expected: the
 * event publication stays incomplete and is redelivered later, so one warning line says so, without a stack trace.
 * Anything else is an error with its stack trace.
 */
@Configuration(proxyBeanMethods = false)
class ListenerFailures implements AsyncConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ListenerFailures.class);

    private final Executor listeners;

    /**
     * Names Boot's executor for the listeners: with other executor beans about (imports, the robot backlog), Spring
     * would otherwise pick one by its own rules once this configurer exists, and the listeners could end up queued
     * behind a one-thread pool that is busy with something else.
     */
    ListenerFailures(@Lazy @Qualifier("applicationTaskExecutor") Executor listeners) {
        this.listeners = listeners;
    }

    @Override
    public Executor getAsyncExecutor() {
        return listeners;
    }

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return (Throwable failure, Method method, Object... params) -> {
            if (failure instanceof WebhookUnavailable || DatabaseAway.causes(failure)) {
                log.warn("{} will be retried: {}", method.getName(), failure.getMessage());
            } else {
                log.error("Listener {} failed", method, failure);
            }
        };
    }
}
