package dev.backease.journal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An account's whole journal as it stood when it was read, oldest first (entries at the same moment
 * keep the order they were given in). It never changes: a store hands out the same Journal while
 * nothing was added, so what is worked out from it (the last advice) can be kept with it.
 */
public final class Journal {
    private final List<JournalEntry> entries;
    private volatile KeptFindings kept;

    public Journal(List<JournalEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparing(JournalEntry::at)).toList();
    }

    public List<JournalEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** The entries with {@code at <= to}, oldest first: what {@link JournalEntries#within} gives for (null, to). */
    public List<JournalEntry> upTo(Instant to) {
        return entries.subList(0, atOrBefore(to));
    }

    /** The entries with {@code from <= at <= to} (no upper bound when {@code to} is null), in order. */
    public List<JournalEntry> between(Instant from, Instant to) {
        int start = before(from);
        int end = to == null ? entries.size() : atOrBefore(to);
        return end <= start ? List.of() : entries.subList(start, end);
    }

    /** How many entries have {@code at <= moment}: they are the first ones. A binary search. */
    public int atOrBefore(Instant moment) {
        return firstIndex(moment, false);
    }

    /** How many entries have {@code at < moment}: they are the first ones. A binary search. */
    public int before(Instant moment) {
        return firstIndex(moment, true);
    }

    private int firstIndex(Instant moment, boolean strictly) {
        int low = 0;
        int high = entries.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            int order = entries.get(middle).at().compareTo(moment);
            if (order < 0 || (order == 0 && !strictly)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * This journal with one more entry, or empty when another entry has the very same moment: the
     * order among entries at one moment is the store's to decide, so the caller should read it again.
     */
    public Optional<Journal> with(JournalEntry added) {
        int position = atOrBefore(added.at());
        if (position > 0 && entries.get(position - 1).at().equals(added.at())) {
            return Optional.empty();
        }
        List<JournalEntry> longer = new ArrayList<>(entries.size() + 1);
        longer.addAll(entries.subList(0, position));
        longer.add(added);
        longer.addAll(entries.subList(position, entries.size()));
        return Optional.of(new Journal(longer));
    }

    /**
     * The findings of {@code followUp} for the journal seen as {@code visible} entries of which the
     * first {@code old} are older than {@link History#RECENT}; worked out by {@code work} only when the
     * last findings kept were for another view. Only the last view is kept: advice is asked for "now",
     * and now changes the view only when an entry comes into sight or leaves the recent window.
     */
    List<Finding> findings(FollowUp followUp, int visible, int old, Supplier<List<Finding>> work) {
        KeptFindings last = kept;
        if (last != null && last.followUp() == followUp && last.visible() == visible && last.old() == old) {
            return last.findings();
        }
        List<Finding> findings = List.copyOf(work.get());
        kept = new KeptFindings(followUp, visible, old, findings);
        return findings;
    }

    private record KeptFindings(FollowUp followUp, int visible, int old, List<Finding> findings) {}
}
