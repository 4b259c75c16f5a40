package org.majlis;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's static {@link SecurityContextHolder} at the security-context strategy of the test's own
 * application context, before each test class, test instance and test.
 * <p>
 * Vaadin installs its {@code VaadinAwareSecurityContextHolderStrategy} globally when a context starts, and each
 * instance keeps its own thread-local context. When a JVM runs tests of several contexts (the demo app and the
 * Keycloak one, say), the context that started last owns the static holder: a test of another context that sets a
 * user with {@code SecurityContextHolder.setContext} would then set it where that context's secured services never
 * look ("An Authentication object was not found"). Registered for every test in {@code META-INF/spring.factories}.
 */
public class SecurityContextStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext); // before @BeforeAll of a per-class test instance
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public int getOrder() {
        return 2100; // after dependency injection (2000), which loads the context
    }

    private static void useStrategyOf(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(
                strategy -> {
                    if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                        SecurityContextHolder.setContextHolderStrategy(strategy);
                    }
                });
    }
}
