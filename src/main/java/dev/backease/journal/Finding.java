package dev.backease.journal;

import dev.backease.screening.Reason;
import dev.backease.screening.Referral;

/** What one follow-up rule found: how soon to see someone, what to do, and why. */
public record Finding(Referral referral, String action, Reason reason) {}
