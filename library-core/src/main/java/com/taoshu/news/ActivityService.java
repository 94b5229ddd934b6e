package com.taoshu.news;

import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.news.internal.ActivityMapper;
import com.taoshu.news.internal.ActivitySignupMapper;
import com.taoshu.news.internal.PublishingBranch;
import com.taoshu.reader.Reader;
import com.taoshu.reader.Readers;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.ReaderId;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.shared.time.Times;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activities (亲子共读, 读书会…): librarians create and edit them and see who signed up; readers sign up and cancel
 * until the activity starts. A place is taken by a conditional update of the activity's counter
 * ({@code signed_up < capacity}) before the sign-up row is written, so concurrent sign-ups never pass the capacity; the
 * unique (activity, reader) row makes a second sign-up of the same reader roll back with its place.
 */
@Service
public class ActivityService {

    private final ActivityMapper activities;
    private final ActivitySignupMapper signups;
    private final PublishingBranch scope;
    private final Readers readers;
    private final Clock clock;

    public ActivityService(ActivityMapper activities, ActivitySignupMapper signups, PublishingBranch scope, Readers readers,
                           Clock clock) {
        this.activities = activities;
        this.signups = signups;
        this.scope = scope;
        this.readers = readers;
        this.clock = clock;
    }

    public record Draft(long branchId, String title, String description, String place, LocalDateTime startsAt,
                        LocalDateTime endsAt, int capacity, Activity.Status status) {
    }

    public record ActivityView(long id, long branchId, String title, String description, String place,
                               OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity, int signedUp, int placesLeft,
                               Activity.Status status, String statusLabel, boolean open, Integer version) {
    }

    public record SignupView(long id, long activityId, ActivitySignup.Status status, String statusLabel,
                             OffsetDateTime signedUpAt, OffsetDateTime cancelledAt, ActivityView activity) {
    }

    public record AttendeeView(long signupId, long readerId, String readerName, String phoneMasked,
                               ActivitySignup.Status status, String statusLabel, OffsetDateTime signedUpAt) {
    }

    // ---------------------------------------------------------------------------------------------- librarian

    @Transactional
    public ActivityView create(Draft draft, StaffPrincipal by) {
        checkTimes(draft);
        Activity a = new Activity();
        a.setBranchId(scope.check(by, draft.branchId()));
        apply(a, draft);
        a.setStatus(Activity.Status.OPEN);
        a.setSignedUp(0);
        a.setVersion(0);
        a.setCreatedBy(by.staffId());
        activities.insert(a);
        return view(get(a.getId()));
    }

    /** Edits everything but the branch; the capacity never below the sign-ups already taken. */
    @Transactional
    public ActivityView edit(long id, Draft draft, Integer version, StaffPrincipal by) {
        checkTimes(draft);
        Activity a = visible(by, id);
        if (draft.capacity() < a.getSignedUp()) {
            throw NewsErrorCode.CAPACITY_BELOW_SIGNUPS.exception("名额不能少于已报名的" + a.getSignedUp() + "人");
        }
        apply(a, draft);
        if (draft.status() != null) {
            a.setStatus(draft.status());
        }
        if (version != null) {
            a.setVersion(version);
        }
        if (activities.edit(a, LocalDateTime.now(clock)) == 0) {
            throw NewsErrorCode.CHANGED.exception();
        }
        return view(get(id));
    }

    public PageResult<ActivityView> list(Long requestedBranch, StaffPrincipal by, PageQuery page) {
        Long branchId = BranchScope.list(by, requestedBranch);
        IPage<Activity> result = activities.selectPage(page.toPage(), Wrappers.<Activity>lambdaQuery()
                .eq(branchId != null, Activity::getBranchId, branchId).orderByDesc(Activity::getStartsAt));
        return PageResult.of(result, this::view);
    }

    public PageResult<AttendeeView> attendees(long activityId, StaffPrincipal by, PageQuery page) {
        visible(by, activityId);
        IPage<ActivitySignup> result = signups.selectPage(page.toPage(), Wrappers.<ActivitySignup>lambdaQuery()
                .eq(ActivitySignup::getActivityId, activityId).orderByAsc(ActivitySignup::getId));
        return PageResult.of(result, s -> {
            Reader r = readers.find(s.getReaderId()).orElse(null);
            return new AttendeeView(s.getId(), s.getReaderId(), r == null ? null : r.getName(),
                    r == null ? null : r.getPhoneMasked(), s.getStatus(), s.getStatus().label(), Times.toOffset(s.getCreatedAt()));
        });
    }

    /** An activity as readers see it (any branch's: they may sign up anywhere). */
    public ActivityView detail(long id) {
        return view(get(id));
    }

    public ActivityView detail(long id, StaffPrincipal by) {
        return view(visible(by, id));
    }

    // ---------------------------------------------------------------------------------------------- reader

    /** Open activities not yet started, soonest first (of one branch when given). */
    public PageResult<ActivityView> upcoming(Long branchId, PageQuery page) {
        IPage<Activity> result = activities.selectPage(page.toPage(), Wrappers.<Activity>lambdaQuery()
                .eq(Activity::getStatus, Activity.Status.OPEN).gt(Activity::getStartsAt, LocalDateTime.now(clock))
                .eq(branchId != null, Activity::getBranchId, branchId).orderByAsc(Activity::getStartsAt));
        return PageResult.of(result, this::view);
    }

    @Transactional
    public SignupView signUp(ReaderId reader, long activityId) {
        Activity a = get(activityId);
        LocalDateTime now = LocalDateTime.now(clock);
        if (!a.acceptsSignUps(now)) {
            throw NewsErrorCode.ACTIVITY_STARTED.exception();
        }
        ActivitySignup existing = mine(reader, activityId);
        if (existing != null && existing.getStatus() == ActivitySignup.Status.SIGNED_UP) {
            throw NewsErrorCode.ALREADY_SIGNED_UP.exception();
        }
        if (activities.takePlace(activityId, now) == 0) {
            throw NewsErrorCode.ACTIVITY_FULL.exception();
        }
        // a concurrent sign-up of the same reader: whichever comes second rolls back, its place with it
        if (existing != null) {
            if (signups.reactivate(activityId, reader.value(), now) == 0) {
                throw NewsErrorCode.ALREADY_SIGNED_UP.exception();
            }
        } else {
            try {
                signups.insert(ActivitySignup.of(activityId, reader.value()));
            } catch (DuplicateKeyException e) {
                throw NewsErrorCode.ALREADY_SIGNED_UP.exception();
            }
        }
        return signupView(mine(reader, activityId), view(get(activityId)));
    }

    /** Cancelled before the activity starts; the place goes back. Cancelling twice answers the same. */
    @Transactional
    public SignupView cancel(ReaderId reader, long signupId) {
        ActivitySignup signup = signups.selectById(signupId);
        if (signup == null || signup.getReaderId() != reader.value()) {
            throw NewsErrorCode.SIGNUP_NOT_FOUND.exception();
        }
        Activity a = get(signup.getActivityId());
        if (signup.getStatus() == ActivitySignup.Status.SIGNED_UP) {
            LocalDateTime now = LocalDateTime.now(clock);
            if (!now.isBefore(a.getStartsAt())) {
                throw NewsErrorCode.ACTIVITY_STARTED.exception();
            }
            if (signups.cancel(signupId, now) == 1) {
                activities.givePlaceBack(a.getId(), now);
            }
        }
        return signupView(signups.selectById(signupId), view(get(a.getId())));
    }

    public PageResult<SignupView> mySignups(ReaderId reader, PageQuery page) {
        IPage<ActivitySignup> result = signups.selectPage(page.toPage(), Wrappers.<ActivitySignup>lambdaQuery()
                .eq(ActivitySignup::getReaderId, reader.value()).orderByDesc(ActivitySignup::getId));
        List<Long> ids = result.getRecords().stream().map(ActivitySignup::getActivityId).distinct().toList();
        Map<Long, ActivityView> byId = ids.isEmpty() ? Map.of() : activities.selectByIds(ids).stream()
                .map(this::view).collect(Collectors.toMap(ActivityView::id, Function.identity()));
        return PageResult.of(result, s -> signupView(s, byId.get(s.getActivityId())));
    }

    /** The reader's own sign-up; anyone else's is "not found". */
    public SignupView signup(ReaderId reader, long signupId) {
        ActivitySignup signup = signups.selectById(signupId);
        if (signup == null || signup.getReaderId() != reader.value()) {
            throw NewsErrorCode.SIGNUP_NOT_FOUND.exception();
        }
        return signupView(signup, view(get(signup.getActivityId())));
    }

    // ----------------------------------------------------------------------------------------------

    private ActivitySignup mine(ReaderId reader, long activityId) {
        return signups.selectOne(Wrappers.<ActivitySignup>lambdaQuery().eq(ActivitySignup::getActivityId, activityId)
                .eq(ActivitySignup::getReaderId, reader.value()));
    }

    /** An activity of a branch the staff member acts on; another branch's is "not found". */
    private Activity visible(StaffPrincipal by, long id) {
        return BranchScope.visible(by, activities.selectById(id), Activity::getBranchId, NewsErrorCode.ACTIVITY_NOT_FOUND);
    }

    private Activity get(long id) {
        Activity a = activities.selectById(id);
        if (a == null) {
            throw NewsErrorCode.ACTIVITY_NOT_FOUND.exception();
        }
        return a;
    }

    private static void checkTimes(Draft draft) {
        if (!draft.endsAt().isAfter(draft.startsAt())) {
            throw NewsErrorCode.BAD_TIMES.exception();
        }
    }

    private static void apply(Activity a, Draft draft) {
        a.setTitle(draft.title().strip());
        a.setDescription(draft.description() == null || draft.description().isBlank() ? null : draft.description().strip());
        a.setPlace(draft.place().strip());
        a.setStartsAt(draft.startsAt());
        a.setEndsAt(draft.endsAt());
        a.setCapacity(draft.capacity());
    }

    private SignupView signupView(ActivitySignup s, ActivityView activity) {
        return new SignupView(s.getId(), s.getActivityId(), s.getStatus(), s.getStatus().label(),
                Times.toOffset(s.getCreatedAt()), Times.toOffset(s.getCancelledAt()), activity);
    }

    private ActivityView view(Activity a) {
        LocalDateTime now = LocalDateTime.now(clock);
        return new ActivityView(a.getId(), a.getBranchId(), a.getTitle(), a.getDescription(), a.getPlace(),
                Times.toOffset(a.getStartsAt()), Times.toOffset(a.getEndsAt()), a.getCapacity(), a.getSignedUp(),
                Math.max(0, a.getCapacity() - a.getSignedUp()), a.getStatus(), a.getStatus().label(),
                a.acceptsSignUps(now) && a.getSignedUp() < a.getCapacity(), a.getVersion());
    }
}
