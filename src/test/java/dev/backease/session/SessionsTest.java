package dev.backease.session;

import static dev.backease.session.SessionFixture.ALICE;
import static dev.backease.session.SessionFixture.BOB;
import static dev.backease.session.SessionFixture.ID;
import static dev.backease.session.SessionFixture.apply;
import static dev.backease.session.SessionFixture.ready;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SessionsTest {
    private final Sessions sessions = new InMemorySessions();

    @Test
    void the_owner_finds_a_saved_session() {
        SessionState state = ready();
        sessions.save(state);

        assertThat(sessions.findById(ALICE, ID)).contains(state);
    }

    @Test
    void another_account_simply_does_not_find_the_session() {
        sessions.save(ready());

        assertThat(sessions.findById(BOB, ID)).isEmpty();
    }

    @Test
    void an_unknown_id_is_not_found() {
        assertThat(sessions.findById(ALICE, new SessionId("nope"))).isEmpty();
    }

    @Test
    void the_next_version_replaces_the_stored_one() {
        SessionState first = ready();
        sessions.save(first);
        SessionState second = apply(first, new SessionEvent.Start(null));
        sessions.save(second);

        assertThat(sessions.findById(ALICE, ID)).contains(second);
    }

    @Test
    void saving_over_a_change_made_meanwhile_is_refused() {
        SessionState first = ready();
        sessions.save(first);
        sessions.save(apply(first, new SessionEvent.Start(null)));

        SessionState stale = apply(first, new SessionEvent.Finish(null));

        assertThatThrownBy(() -> sessions.save(stale)).isInstanceOf(SessionChangedMeanwhile.class);
        assertThat(sessions.findById(ALICE, ID).orElseThrow().status()).isEqualTo(SessionStatus.RUNNING);
    }

    @Test
    void a_new_session_cannot_overwrite_an_existing_one_with_the_same_id() {
        sessions.save(ready());

        assertThatThrownBy(() -> sessions.save(ready())).isInstanceOf(SessionChangedMeanwhile.class);
    }

    @Test
    void each_saved_version_adds_its_last_event_to_the_sessions_events_in_order() {
        SessionState ready = ready();
        sessions.save(ready);
        SessionState running = apply(ready, new SessionEvent.Start(null));
        sessions.save(running);
        SessionState reported = apply(running, new SessionEvent.PressureReport(3, null));
        sessions.save(reported);

        assertThat(sessions.events(ALICE, ID).orElseThrow()).extracting(SessionEvent::type)
                .containsExactly("start", "pressure_report");
        assertThat(sessions.events(ALICE, ID).orElseThrow()).last().isEqualTo(reported.lastEvent());
    }

    @Test
    void a_refused_save_adds_no_event() {
        SessionState first = ready();
        sessions.save(first);
        sessions.save(apply(first, new SessionEvent.Start(null)));

        SessionState stale = apply(first, new SessionEvent.StopSignal(null));

        assertThatThrownBy(() -> sessions.save(stale)).isInstanceOf(SessionChangedMeanwhile.class);
        assertThat(sessions.events(ALICE, ID).orElseThrow()).extracting(SessionEvent::type).containsExactly("start");
    }

    @Test
    void a_new_session_has_no_events_and_nobody_else_sees_them() {
        sessions.save(ready());

        assertThat(sessions.events(ALICE, ID)).contains(List.of());
        assertThat(sessions.events(BOB, ID)).isEmpty();
        assertThat(sessions.events(ALICE, new SessionId("nope"))).isEmpty();
    }
}
