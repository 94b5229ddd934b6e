package com.taoshu.shared.security;

/** The logged-in reader; a controller parameter of this type is filled from the bearer token, never from the request. */
public record ReaderId(long value) {
}
