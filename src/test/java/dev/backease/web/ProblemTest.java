package dev.backease.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backease.json.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {
    @Test
    void a_problem_has_status_title_and_detail() {
        JsonNode problem = Problem.document(404, "There is nothing at this address.");

        assertThat(problem.get("status").intValue()).isEqualTo(404);
        assertThat(problem.get("title").textValue()).isEqualTo("Not Found");
        assertThat(problem.get("detail").textValue()).isEqualTo("There is nothing at this address.");
        assertThat(problem.has("errors")).isFalse();
    }

    @Test
    void a_bad_request_lists_each_field_and_its_problem() {
        JsonNode problem = Problem.invalid(List.of(new FieldError("pain.intensity", "must be 0 to 10"),
                new FieldError("symptoms[1]", "unknown symptom 'fevr'")));

        assertThat(problem.get("status").intValue()).isEqualTo(400);
        assertThat(problem.get("title").textValue()).isEqualTo("Bad Request");
        assertThat(problem.get("errors")).hasSize(2);
        assertThat(problem.get("errors").get(0).get("field").textValue()).isEqualTo("pain.intensity");
        assertThat(problem.get("errors").get(0).get("problem").textValue()).isEqualTo("must be 0 to 10");
        assertThat(problem.get("errors").get(1).fieldNames()).toIterable().containsExactly("field", "problem");
    }

    @Test
    void a_single_problem_is_spelled_out_in_the_detail() {
        JsonNode problem = Problem.invalid(List.of(new FieldError("comfortMax", "must be 0 to 10")));

        assertThat(problem.get("detail").textValue()).contains("comfortMax: must be 0 to 10");
    }
}
