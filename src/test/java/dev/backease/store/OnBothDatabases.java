package dev.backease.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test twice, once on a fresh SQLite and once on a fresh PostgreSQL database; the test takes a
 * {@link Database} parameter (after the model of Jdbi's JdbiSqliteExtension / JdbiPostgresExtension).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(BothDatabases.class)
public @interface OnBothDatabases {
}
