package com.taoshu.staff;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** Staff look-ups for other features. */
@Component
public class StaffDirectory {

    private final StaffMapper staffMapper;

    public StaffDirectory(StaffMapper staffMapper) {
        this.staffMapper = staffMapper;
    }

    public Optional<Staff> find(long id) {
        return Optional.ofNullable(staffMapper.selectById(id));
    }

    public StaffView view(long id) {
        return find(id).map(StaffView::of).orElseThrow(StaffErrorCode.STAFF_NOT_FOUND::exception);
    }
}
