package com.taoshu.shared.lifecycle;

/** An enum constant with the Chinese label every client shows (no client keeps its own table of names). */
public interface Labelled {

    String label();
}
