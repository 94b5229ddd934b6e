package com.taoshu.shared.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaNamesTest {

    private final SchemaNames names = SchemaNames.of(List.of(
            "com.taoshu.admin.AuthController$LoginRequest",
            "com.taoshu.courier.AuthController$LoginRequest",
            "com.taoshu.admin.LossAdminController$NoteRequest",
            "com.taoshu.admin.DispatchAdminController$NoteRequest",
            "com.taoshu.admin.LossAdminController",
            "com.taoshu.order.OrderSummary"));

    @Test
    void aSharedSimpleNameIsQualifiedByItsOwnerAndIfNeededItsPackage() {
        assertThat(names.nameOfBinary("com.taoshu.admin.LossAdminController$NoteRequest")).isEqualTo("LossAdminNoteRequest");
        assertThat(names.nameOfBinary("com.taoshu.admin.DispatchAdminController$NoteRequest")).isEqualTo("DispatchAdminNoteRequest");
        assertThat(names.nameOfBinary("com.taoshu.admin.AuthController$LoginRequest")).isEqualTo("AdminAuthLoginRequest");
        assertThat(names.nameOfBinary("com.taoshu.courier.AuthController$LoginRequest")).isEqualTo("CourierAuthLoginRequest");
    }

    @Test
    void anUnsharedNameStays() {
        assertThat(names.nameOfBinary("com.taoshu.order.OrderSummary")).isEqualTo("OrderSummary");
        assertThat(names.nameOfBinary("com.taoshu.admin.LossAdminController")).isEqualTo("LossAdminController");
    }
}
