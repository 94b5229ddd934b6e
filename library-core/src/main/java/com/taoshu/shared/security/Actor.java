package com.taoshu.shared.security;

/** Who made a state change, as recorded in history rows. */
public record Actor(Type type, Long id) {

    public enum Type {
        READER, LIBRARIAN, ADMIN, COURIER, SYSTEM
    }

    public static final Actor SYSTEM = new Actor(Type.SYSTEM, null);

    public static Actor reader(ReaderId reader) {
        return new Actor(Type.READER, reader.value());
    }

    public static Actor staff(StaffPrincipal staff) {
        return new Actor(Type.valueOf(staff.role().name()), staff.staffId());
    }
}
