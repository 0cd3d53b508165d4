package io.trailmap.testsupport.openapi;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.trailmap.testsupport.FuzzContract;

/**
 * Turns on {@link OpenApiValidationFilter} for every {@code @QuarkusTest} of a module that lists this
 * class in {@code src/test/resources/META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback}.
 * Runs in the application's class loader, so the filter lands in the RestAssured the tests use. The requests of a
 * {@link FuzzContract} are hostile on purpose: there only the answers are checked.
 */
public class OpenApiValidationCallback implements QuarkusTestBeforeClassCallback {

    @Override
    public void beforeClass(Class<?> testClass) {
        OpenApiValidationFilter.install(FuzzContract.class.isAssignableFrom(testClass));
    }
}
