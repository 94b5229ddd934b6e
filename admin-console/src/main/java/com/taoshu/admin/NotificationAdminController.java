package com.taoshu.admin;

import com.taoshu.notify.NoticeKind;
import com.taoshu.notify.NoticeStatus;
import com.taoshu.notify.NotificationAdminService;
import com.taoshu.notify.NotificationAdminService.KindCount;
import com.taoshu.notify.NotificationAdminService.NoticeDetail;
import com.taoshu.notify.NotificationAdminService.NoticeView;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "读者通知（订阅消息）")
@RestController
@RequestMapping("/api/admin/notifications")
public class NotificationAdminController {

    private final NotificationAdminService notifications;

    public NotificationAdminController(NotificationAdminService notifications) {
        this.notifications = notifications;
    }

    @Operation(summary = "通知记录：按读者、类型、状态筛选，最新在前")
    @GetMapping
    public ApiResponse<PageResult<NoticeView>> log(@RequestParam(required = false) Long readerId,
                                                   @RequestParam(required = false) NoticeKind kind,
                                                   @RequestParam(required = false) NoticeStatus status,
                                                   @Valid PageQuery page) {
        return ApiResponse.ok(notifications.log(readerId, kind, status, page));
    }

    @Operation(summary = "通知详情与每次发送尝试")
    @GetMapping("/{id}")
    public ApiResponse<NoticeDetail> detail(@PathVariable long id) {
        return ApiResponse.ok(notifications.detail(id));
    }

    @Operation(summary = "重新发送一条发送失败的通知（回到待发送，由发件箱任务发送）")
    @Idempotent
    @PostMapping("/{id}/resend")
    public ApiResponse<NoticeView> resend(@PathVariable long id, StaffPrincipal by) {
        return ApiResponse.ok(notifications.resend(id, by.staffId()));
    }

    @Operation(summary = "按类型与状态统计（看板）")
    @GetMapping("/stats")
    public ApiResponse<List<KindCount>> stats() {
        return ApiResponse.ok(notifications.counts());
    }
}
