package dev.backease.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The in-memory twin of the sign-in failure table, for fast throttle tests. */
final class InMemorySignInFailures implements SignInFailures {
    private final List<Map.Entry<String, Instant>> rows = new ArrayList<>();

    @Override
    public void add(String key, Instant at) {
        rows.add(Map.entry(key, at));
    }

    @Override
    public List<Instant> since(String key, Instant from) {
        return rows.stream().filter(r -> r.getKey().equals(key) && !r.getValue().isBefore(from))
                .map(Map.Entry::getValue).sorted().toList();
    }

    @Override
    public void clear(String key) {
        rows.removeIf(r -> r.getKey().equals(key));
    }

    @Override
    public void forgetBefore(Instant moment) {
        rows.removeIf(r -> r.getValue().isBefore(moment));
    }
}
