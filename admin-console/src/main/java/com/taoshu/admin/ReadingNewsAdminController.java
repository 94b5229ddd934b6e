package com.taoshu.admin;

import com.taoshu.news.Activity;
import com.taoshu.news.ActivityService;
import com.taoshu.news.ActivityService.ActivityView;
import com.taoshu.news.ActivityService.AttendeeView;
import com.taoshu.news.News;
import com.taoshu.news.NewsService;
import com.taoshu.news.NewsService.NewsSummary;
import com.taoshu.news.NewsService.NewsView;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "阅读资讯与活动管理")
@RestController
@RequestMapping("/api/admin")
public class ReadingNewsAdminController {

    private final NewsService news;
    private final ActivityService activities;

    public ReadingNewsAdminController(NewsService news, ActivityService activities) {
        this.news = news;
        this.activities = activities;
    }

    public record NewsRequest(
            @NotBlank(message = "请填写标题") @Size(max = 255, message = "标题不能超过255个字") String title,
            @Size(max = 512, message = "封面地址不能超过512个字符")
            @Pattern(regexp = "^$|^https?://\\S+$", message = "封面地址应以 http:// 或 https:// 开头") String coverUrl,
            @NotBlank(message = "请填写正文") @Size(max = 200_000, message = "正文过长") String bodyHtml,
            @Schema(description = "分馆；不填为全部分馆") @Positive(message = "分馆不正确") Long branchId,
            @Min(value = 0, message = "版本号不正确") Integer version) {

        NewsService.Draft toDraft() {
            return new NewsService.Draft(title, coverUrl, bodyHtml, branchId);
        }
    }

    public record ActivityRequest(
            @NotNull(message = "请选择分馆") @Positive(message = "分馆不正确") Long branchId,
            @NotBlank(message = "请填写活动名称") @Size(max = 255, message = "活动名称不能超过255个字") String title,
            @Size(max = 2000, message = "活动介绍不能超过2000个字") String description,
            @NotBlank(message = "请填写活动地点") @Size(max = 255, message = "活动地点不能超过255个字") String place,
            @NotNull(message = "请填写开始时间") LocalDateTime startsAt,
            @NotNull(message = "请填写结束时间") LocalDateTime endsAt,
            @NotNull(message = "请填写名额") @Min(value = 1, message = "名额应为1到10000") @Max(value = 10_000, message = "名额应为1到10000")
            Integer capacity,
            @Schema(description = "OPEN 报名中 / CANCELLED 已取消（仅修改时）") Activity.Status status,
            @Min(value = 0, message = "版本号不正确") Integer version) {

        ActivityService.Draft toDraft() {
            return new ActivityService.Draft(branchId, title, description, place, startsAt, endsAt, capacity, status);
        }
    }

    // ---------------------------------------------------------------------------------------------- news

    @Operation(summary = "资讯列表（含草稿和已下线），可按分馆、状态筛选；馆员只看本馆的")
    @GetMapping("/news")
    public ApiResponse<PageResult<NewsSummary>> newsList(@RequestParam(required = false) Long branchId,
                                                         @RequestParam(required = false) News.Status status,
                                                         @Valid PageQuery page, StaffPrincipal by) {
        return ApiResponse.ok(news.list(branchId, status, by, page));
    }

    @Operation(summary = "资讯详情")
    @GetMapping("/news/{id}")
    public ApiResponse<NewsView> newsDetail(@PathVariable long id, StaffPrincipal by) {
        return ApiResponse.ok(news.detail(id, by));
    }

    @Operation(summary = "新建资讯（草稿）：正文HTML保存时清洗，去除脚本、事件属性等不安全内容")
    @Idempotent
    @PostMapping("/news")
    public ApiResponse<NewsView> createNews(@Valid @RequestBody NewsRequest r, StaffPrincipal by) {
        return ApiResponse.ok(news.create(r.toDraft(), by));
    }

    @Operation(summary = "修改资讯")
    @Idempotent
    @PutMapping("/news/{id}")
    public ApiResponse<NewsView> editNews(@PathVariable long id, @Valid @RequestBody NewsRequest r, StaffPrincipal by) {
        return ApiResponse.ok(news.edit(id, r.toDraft(), r.version(), by));
    }

    @Operation(summary = "发布资讯")
    @Idempotent
    @PostMapping("/news/{id}/publish")
    public ApiResponse<NewsView> publish(@PathVariable long id, StaffPrincipal by) {
        return ApiResponse.ok(news.publish(id, by));
    }

    @Operation(summary = "下线资讯")
    @Idempotent
    @PostMapping("/news/{id}/unpublish")
    public ApiResponse<NewsView> unpublish(@PathVariable long id, StaffPrincipal by) {
        return ApiResponse.ok(news.unpublish(id, by));
    }

    // ---------------------------------------------------------------------------------------------- activities

    @Operation(summary = "活动列表，可按分馆筛选；馆员只看本馆的")
    @GetMapping("/activities")
    public ApiResponse<PageResult<ActivityView>> activityList(@RequestParam(required = false) Long branchId,
                                                              @Valid PageQuery page, StaffPrincipal by) {
        return ApiResponse.ok(activities.list(branchId, by, page));
    }

    @Operation(summary = "活动详情")
    @GetMapping("/activities/{id}")
    public ApiResponse<ActivityView> activityDetail(@PathVariable long id, StaffPrincipal by) {
        return ApiResponse.ok(activities.detail(id, by));
    }

    @Operation(summary = "新建活动：时间、地点、名额、分馆")
    @Idempotent
    @PostMapping("/activities")
    public ApiResponse<ActivityView> createActivity(@Valid @RequestBody ActivityRequest r, StaffPrincipal by) {
        return ApiResponse.ok(activities.create(r.toDraft(), by));
    }

    @Operation(summary = "修改活动（名额不能少于已报名人数）")
    @Idempotent
    @PutMapping("/activities/{id}")
    public ApiResponse<ActivityView> editActivity(@PathVariable long id, @Valid @RequestBody ActivityRequest r, StaffPrincipal by) {
        return ApiResponse.ok(activities.edit(id, r.toDraft(), r.version(), by));
    }

    @Operation(summary = "活动报名名单")
    @GetMapping("/activities/{id}/signups")
    public ApiResponse<PageResult<AttendeeView>> signups(@PathVariable long id, @Valid PageQuery page, StaffPrincipal by) {
        return ApiResponse.ok(activities.attendees(id, by, page));
    }
}
