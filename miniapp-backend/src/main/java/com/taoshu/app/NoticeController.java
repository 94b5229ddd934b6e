package com.taoshu.app;

import com.taoshu.notify.InboxService;
import com.taoshu.notify.InboxService.InboxNotice;
import com.taoshu.notify.InboxService.Unread;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.security.ReaderId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "消息中心")
@RestController
@RequestMapping("/api/app/notices")
public class NoticeController {

    private final InboxService inbox;

    public NoticeController(InboxService inbox) {
        this.inbox = inbox;
    }

    @Operation(summary = "我的消息，最新在前（每条通知都在这里，无论微信、短信是否送达）")
    @GetMapping
    public ApiResponse<PageResult<InboxNotice>> list(ReaderId reader, @Valid PageQuery page) {
        return ApiResponse.ok(inbox.list(reader.value(), page));
    }

    @Operation(summary = "未读消息数")
    @GetMapping("/unread-count")
    public ApiResponse<Unread> unreadCount(ReaderId reader) {
        return ApiResponse.ok(inbox.unread(reader.value()));
    }

    @Operation(summary = "标记一条消息已读")
    @PostMapping("/{id}/read")
    public ApiResponse<InboxNotice> read(ReaderId reader, @PathVariable long id) {
        return ApiResponse.ok(inbox.markRead(reader.value(), id));
    }

    @Operation(summary = "全部标记为已读")
    @PostMapping("/read-all")
    public ApiResponse<Unread> readAll(ReaderId reader) {
        return ApiResponse.ok(inbox.markAllRead(reader.value()));
    }
}
