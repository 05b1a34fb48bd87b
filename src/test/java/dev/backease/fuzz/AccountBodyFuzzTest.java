package dev.backease.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backease.account.PasswordPolicy;
import dev.backease.account.Username;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * The {@code {"username","password"}} body of {@code POST /api/v1/accounts} and {@code /auth/tokens}.
 * {@code AccountRoutes} reads it from a Javalin context, so this test repeats its reading without HTTP:
 * the same Jackson settings and record shape (keep {@link #MAPPER} and {@link Credentials} in step with
 * {@code AccountRoutes}), then the same field checks sign-up makes ({@link Username#problemWith} and
 * {@link PasswordPolicy#problemWith}). AccountRoutes turns every {@link IOException} into a 400, so the
 * property is: any bytes give credentials, or an IOException, or named field problems; never any other
 * exception (which would be a 500) and never a hang.
 */
class AccountBodyFuzzTest {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private static final PasswordPolicy POLICY = PasswordPolicy.standard();

    /** The same shape as {@code AccountRoutes.Credentials}. */
    record Credentials(String username, String password) {
    }

    @FuzzTest(maxDuration = "10m", maxExecutions = 1_000_000)
    @Timeout(5)
    @DictionaryEntries({"\"username\"", "\"password\"", "\"ana\"", "\"correct horse battery\"", "\"password1\"",
            "\"\\u0000\"", "\"\\ud83d\\ude00\"", "\"\\ud800\"", "true", "false", "null", "-1", "1e400", "[", "]",
            "{", "}", ":", ","})
    void any_account_body_gives_credentials_or_a_clear_refusal(byte[] body) {
        Credentials credentials;
        try {
            credentials = MAPPER.readValue(body, Credentials.class);
        } catch (IOException refusedAsBadRequest) {
            return; // AccountRoutes answers 400 with a problem document
        }
        if (credentials == null) {
            return; // a JSON null: AccountRoutes answers 400 "the body must be a JSON object"
        }
        for (String problem : signUpProblems(credentials)) {
            if (problem.isBlank()) {
                throw new AssertionError("a sign-up problem with no words for " + credentials);
            }
        }
    }

    private static List<String> signUpProblems(Credentials credentials) {
        List<String> problems = new ArrayList<>();
        Username.problemWith(credentials.username()).ifPresent(problems::add);
        Username name = problems.isEmpty() ? Username.of(credentials.username()) : null;
        POLICY.problemWith(credentials.password(), name).ifPresent(problems::add);
        return problems;
    }
}
