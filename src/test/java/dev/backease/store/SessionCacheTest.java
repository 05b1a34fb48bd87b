package dev.backease.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.account.AccountId;
import dev.backease.session.SessionId;
import dev.backease.session.SessionState;
import dev.backease.session.SessionStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionCacheTest {
    private static final AccountId ANA = new AccountId("ana");
    private static final AccountId BEN = new AccountId("ben");
    private static final Instant AT = Instant.parse("2026-11-25T19:00:00Z");

    @Test
    void a_session_is_given_back_only_to_its_owner_and_only_at_the_version_kept() {
        SessionCache cache = new SessionCache(10);
        SessionState v2 = state("s1", ANA, 2);
        cache.keep(v2);

        assertThat(cache.versionOf(new SessionId("s1"))).isEqualTo(2);
        assertThat(cache.at(ANA, new SessionId("s1"), 2)).containsSame(v2);
        assertThat(cache.at(ANA, new SessionId("s1"), 3)).isEmpty();
        assertThat(cache.at(BEN, new SessionId("s1"), 2)).isEmpty();
        assertThat(cache.versionOf(new SessionId("unknown"))).isZero();
    }

    @Test
    void an_older_version_never_replaces_a_newer_one() {
        SessionCache cache = new SessionCache(10);
        cache.keep(state("s1", ANA, 5));
        cache.keep(state("s1", ANA, 4));

        assertThat(cache.versionOf(new SessionId("s1"))).isEqualTo(5);
    }

    @Test
    void it_is_bounded_and_drops_the_least_recently_used_first() {
        SessionCache cache = new SessionCache(2);
        cache.keep(state("a", ANA, 1));
        cache.keep(state("b", ANA, 1));
        cache.at(ANA, new SessionId("a"), 1);
        cache.keep(state("c", ANA, 1));

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.versionOf(new SessionId("a"))).isEqualTo(1);
        assertThat(cache.versionOf(new SessionId("b"))).isZero();
    }

    @Test
    void forgetting_an_owner_drops_all_of_theirs_and_nobody_elses() {
        SessionCache cache = new SessionCache(10);
        cache.keep(state("a", ANA, 1));
        cache.keep(state("b", ANA, 3));
        cache.keep(state("c", BEN, 1));

        cache.forgetOwner(ANA);

        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.versionOf(new SessionId("c"))).isEqualTo(1);
    }

    private static SessionState state(String id, AccountId owner, long version) {
        return new SessionState(new SessionId(id), owner, SessionStatus.READY, 0, 6, 0, 6, null, null, List.of(), List.of(),
                new dev.backease.planning.Plan(null, null, null, List.of(), List.of(), List.of()),
                (int) version - 1, version == 1 ? null : new dev.backease.session.SessionEvent.Start(AT), AT, AT, version);
    }
}
