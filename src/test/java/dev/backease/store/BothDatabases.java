package dev.backease.store;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** The extension behind {@link OnBothDatabases}: one invocation per database, each with a fresh one. */
public final class BothDatabases implements TestTemplateInvocationContextProvider {
    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(invocation("sqlite", TestDatabases::freshSqliteUrl),
                invocation("postgresql", TestDatabases::freshPostgresUrl));
    }

    private static TestTemplateInvocationContext invocation(String name, Supplier<String> freshUrl) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return name;
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new FreshDatabase(freshUrl));
            }
        };
    }

    private static final class FreshDatabase implements ParameterResolver {
        private final Supplier<String> freshUrl;

        FreshDatabase(Supplier<String> freshUrl) {
            this.freshUrl = freshUrl;
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Database.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            Database database = TestDatabases.open(freshUrl.get());
            context.getStore(ExtensionContext.Namespace.create(FreshDatabase.class, parameter.getIndex()))
                    .put("database", database);
            return database;
        }
    }
}
