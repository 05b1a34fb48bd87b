package dev.backease.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** Where a command reads and writes: stdout carries only output JSON; messages and logs go to stderr. */
public record Terminal(InputStream in, PrintStream out, PrintStream err) {}
