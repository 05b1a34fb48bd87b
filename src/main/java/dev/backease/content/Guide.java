package dev.backease.content;

/** The guide as data. PLACEHOLDER: being written (issue "Foundation"). */
public final class Guide {}
