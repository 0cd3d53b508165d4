package io.trailmap.e2e;

import io.trailmap.demo.ServiceSuite;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One running suite for all e2e test classes of a run (starting four services costs half a minute):
 * a {@code @BeforeAll} method asks for it as a {@link ServiceSuite} parameter; it stops when the run ends.
 * A class that stops or kills services starts them again before it ends.
 */
final class SharedSuite implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedSuite.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ServiceSuite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("suite", key -> Running.start(), Running.class).suite;
    }

    private record Running(ServiceSuite suite) implements AutoCloseable {

        static Running start() {
            try {
                ServiceSuite suite = ServiceSuite.start();
                System.out.printf("e2e: four services ready in %.1f s%n", suite.startup.toMillis() / 1000.0);
                return new Running(suite);
            } catch (Exception e) {
                throw new IllegalStateException("the suite did not start", e);
            }
        }

        @Override
        public void close() throws Exception {
            System.out.println("e2e: resident memory (MiB) " + suite.residentMemoryMiB());
            suite.close();
        }
    }
}
