package com.taoshu.delivery;

import com.baomidou.mybatisplus.core.metadata.IPage;
import com.taoshu.delivery.internal.CourierMapper;
import com.taoshu.delivery.route.CourierLocations;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.crypto.Masking;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.Role;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.shared.time.Times;
import com.taoshu.staff.Staff;
import com.taoshu.staff.StaffDirectory;
import com.taoshu.staff.StaffEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Librarians keep couriers' working profiles (vehicle, bag capacity, shift, on leave) that the dispatch planner reads.
 * A COURIER account made on the staff page starts with a default profile ({@link Courier#withDefaults}: e-bike, 20
 * books, 09:00–18:00) so it is planned at once, and the profile follows the account when it moves branch. An account
 * without a profile (made before that, or by hand) is listed too and never planned until one is saved. Also the
 * couriers' last known positions for the dispatch map.
 */
@Service
public class CourierAdminService {

    /** A ping older than this says little about where a courier is now: the dispatch map leaves it out. */
    static final Duration FRESH_POSITION = Duration.ofHours(2);

    private final StaffDirectory staff;
    private final CourierMapper couriers;
    private final CourierLocations locations;
    private final Clock clock;

    public CourierAdminService(StaffDirectory staff, CourierMapper couriers, CourierLocations locations, Clock clock) {
        this.staff = staff;
        this.couriers = couriers;
        this.locations = locations;
        this.clock = clock;
    }

    /** A courier as librarians see it; the profile fields are null while {@code hasProfile} is false. */
    public record CourierView(long staffId, String name, String phoneMasked, boolean enabled, Long branchId, boolean hasProfile,
                              Courier.Vehicle vehicle, Integer bagCapacity, LocalTime shiftStart, LocalTime shiftEnd,
                              boolean onLeave, OffsetDateTime updatedAt) {

        static CourierView of(Staff s, Courier c) {
            return new CourierView(s.getId(), s.getName(), Masking.phone(s.getPhone()), Boolean.TRUE.equals(s.getEnabled()),
                    s.getBranchId(), c != null, c == null ? null : c.getVehicle(), c == null ? null : c.getBagCapacity(),
                    c == null ? null : c.getShiftStart(), c == null ? null : c.getShiftEnd(),
                    c != null && Boolean.TRUE.equals(c.getOnLeave()), c == null ? null : Times.toOffset(c.getUpdatedAt()));
        }
    }

    /** What a librarian sets (checked by the API's request record: ranges and shift end after start). */
    public record ProfileInput(Courier.Vehicle vehicle, int bagCapacity, LocalTime shiftStart, LocalTime shiftEnd, boolean onLeave) {
    }

    /** A courier's last ping (couriers that never pinged, or not within {@link #FRESH_POSITION}, are left out). */
    public record CourierPosition(long staffId, String name, double lat, double lng, OffsetDateTime at) {
    }

    /** The couriers of the librarian's branch (another branch asked for is 403); an ADMIN's of any branch or all. */
    public PageResult<CourierView> list(Long requestedBranch, StaffPrincipal by, PageQuery page) {
        Long branchId = BranchScope.list(by, requestedBranch);
        IPage<Staff> accounts = staff.couriers(branchId, page);
        Map<Long, Courier> profiles = profilesOf(accounts.getRecords());
        return PageResult.of(accounts, s -> CourierView.of(s, profiles.get(s.getId())));
    }

    @Transactional
    /** A courier of another branch is "not found" to a librarian. */
    public CourierView update(long staffId, ProfileInput input, StaffPrincipal by) {
        Staff account = staff.find(staffId).orElse(null);
        if (account == null || account.getRole() != Role.COURIER || account.getBranchId() == null) {
            throw DeliveryErrorCode.COURIER_NOT_FOUND.exception();
        }
        BranchScope.requireAccess(by, account.getBranchId(), DeliveryErrorCode.COURIER_NOT_FOUND);
        Courier courier = couriers.selectById(staffId);
        boolean created = courier == null;
        if (created) {
            courier = new Courier();
            courier.setStaffId(staffId);
            courier.setBranchId(account.getBranchId());
        }
        courier.setVehicle(input.vehicle());
        courier.setBagCapacity(input.bagCapacity());
        courier.setShiftStart(input.shiftStart());
        courier.setShiftEnd(input.shiftEnd());
        courier.setOnLeave(input.onLeave());
        courier.setUpdatedAt(LocalDateTime.now(clock));
        if (created) {
            couriers.insert(courier);
        } else {
            couriers.updateById(courier);
        }
        return CourierView.of(account, courier);
    }

    /** A new COURIER account gets the default profile at its branch, in the account's transaction. */
    @EventListener
    public void onStaffCreated(StaffEvents.Created created) {
        if (created.role() != Role.COURIER || created.branchId() == null || couriers.selectById(created.staffId()) != null) {
            return;
        }
        couriers.insert(Courier.withDefaults(created.staffId(), created.branchId(), LocalDateTime.now(clock)));
    }

    /** A courier moved to another branch is planned there from now on (routes already given keep their courier). */
    @EventListener
    public void onBranchChanged(StaffEvents.BranchChanged moved) {
        Courier courier = moved.role() == Role.COURIER ? couriers.selectById(moved.staffId()) : null;
        if (courier == null) {
            return;
        }
        courier.setBranchId(moved.to());
        courier.setUpdatedAt(LocalDateTime.now(clock));
        couriers.updateById(courier);
    }

    public List<CourierPosition> positions(long branchId, StaffPrincipal by) {
        BranchScope.requireBranch(by, branchId);
        Instant since = clock.instant().minus(FRESH_POSITION);
        return staff.couriersAt(branchId).stream()
                .flatMap(s -> locations.last(s.getId()).filter(p -> p.at().isAfter(since)).stream()
                        .map(p -> new CourierPosition(s.getId(), s.getName(), p.point().lat(), p.point().lng(),
                                p.at().atZone(Times.ZONE).toOffsetDateTime())))
                .toList();
    }

    private Map<Long, Courier> profilesOf(List<Staff> accounts) {
        if (accounts.isEmpty()) {
            return Map.of();
        }
        return couriers.selectByIds(accounts.stream().map(Staff::getId).toList()).stream()
                .collect(Collectors.toMap(Courier::getStaffId, Function.identity()));
    }
}
