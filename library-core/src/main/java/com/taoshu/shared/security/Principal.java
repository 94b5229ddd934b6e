package com.taoshu.shared.security;

/** Who a token stands for. */
public sealed interface Principal permits Principal.Reader, Principal.Staff {

    record Reader(ReaderId id) implements Principal {
    }

    record Staff(StaffPrincipal staff) implements Principal {
    }
}
