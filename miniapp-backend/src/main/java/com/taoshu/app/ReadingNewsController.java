package com.taoshu.app;

import com.taoshu.news.ActivityService;
import com.taoshu.news.ActivityService.ActivityView;
import com.taoshu.news.ActivityService.SignupView;
import com.taoshu.news.NewsService;
import com.taoshu.news.NewsService.NewsSummary;
import com.taoshu.news.NewsService.NewsView;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.ReaderId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "阅读资讯与活动")
@RestController
@RequestMapping("/api/app")
public class ReadingNewsController {

    private final NewsService news;
    private final ActivityService activities;

    public ReadingNewsController(NewsService news, ActivityService activities) {
        this.news = news;
        this.activities = activities;
    }

    @Operation(summary = "阅读资讯：本分馆（branchId，默认读者所属分馆）及全馆发布的资讯，最新在前")
    @GetMapping("/news")
    public ApiResponse<PageResult<NewsSummary>> news(ReaderId reader, @RequestParam(required = false) Long branchId,
                                                     @Valid PageQuery page) {
        return ApiResponse.ok(news.published(reader, branchId, page));
    }

    @Operation(summary = "阅读资讯详情")
    @GetMapping("/news/{id}")
    public ApiResponse<NewsView> read(@PathVariable long id) {
        return ApiResponse.ok(news.read(id));
    }

    @Operation(summary = "即将开始、可报名的活动（亲子共读、读书会…），可按分馆筛选")
    @GetMapping("/activities")
    public ApiResponse<PageResult<ActivityView>> activities(@RequestParam(required = false) Long branchId,
                                                            @Valid PageQuery page) {
        return ApiResponse.ok(activities.upcoming(branchId, page));
    }

    @Operation(summary = "活动详情：时间、地点、剩余名额")
    @GetMapping("/activities/{id}")
    public ApiResponse<ActivityView> activity(@PathVariable long id) {
        return ApiResponse.ok(activities.detail(id));
    }

    @Operation(summary = "报名活动（每人一次，满员即止）")
    @Idempotent
    @PostMapping("/activities/{id}/signups")
    public ApiResponse<SignupView> signUp(ReaderId reader, @PathVariable long id) {
        return ApiResponse.ok(activities.signUp(reader, id));
    }

    @Operation(summary = "我的活动报名")
    @GetMapping("/me/activity-signups")
    public ApiResponse<PageResult<SignupView>> mySignups(ReaderId reader, @Valid PageQuery page) {
        return ApiResponse.ok(activities.mySignups(reader, page));
    }

    @Operation(summary = "报名详情")
    @GetMapping("/activity-signups/{id}")
    public ApiResponse<SignupView> signup(ReaderId reader, @PathVariable long id) {
        return ApiResponse.ok(activities.signup(reader, id));
    }

    @Operation(summary = "取消报名（活动开始前），名额退回")
    @Idempotent
    @PostMapping("/activity-signups/{id}/cancel")
    public ApiResponse<SignupView> cancel(ReaderId reader, @PathVariable long id) {
        return ApiResponse.ok(activities.cancel(reader, id));
    }
}
