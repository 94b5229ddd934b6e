package com.taoshu.moderation;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.bean.security.WxMaMsgSecCheckCheckRequest;
import cn.binarywang.wx.miniapp.bean.security.WxMaMsgSecCheckCheckResponse;
import java.util.Optional;
import me.chanjar.weixin.common.error.WxErrorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Moderation of what readers write (reviews, suggestions, nicknames): WeChat's content security API
 * ({@code msgSecCheck} v2, with the writer's openid and the scene) decides pass / review / risky; when WeChat is not
 * configured, the writer has no openid, or the call fails (unreachable, an error code), the {@link LocalWordList}
 * decides pass or risky. Callers publish on PASS, hold for a librarian on REVIEW and refuse on RISKY.
 */
@Service
@EnableConfigurationProperties(ModerationProperties.class)
public class TextModeration {

    private static final Logger log = LoggerFactory.getLogger(TextModeration.class);

    /** WeChat's scenes for msgSecCheck v2. */
    public enum Scene {
        PROFILE(1), COMMENT(2), FORUM(3), SOCIAL_LOG(4);

        private final int code;

        Scene(int code) {
            this.code = code;
        }
    }

    private final WxMaService wx;
    private final LocalWordList local;
    private final ModerationProperties properties;

    public TextModeration(WxMaService wx, LocalWordList local, ModerationProperties properties) {
        this.wx = wx;
        this.local = local;
        this.properties = properties;
    }

    public Verdict check(String openid, Scene scene, String text) {
        if (text == null || text.isBlank()) {
            return new Verdict(Verdict.Outcome.PASS, Verdict.Source.LOCAL, null);
        }
        return weChat(openid, scene, text).orElseGet(() -> new Verdict(
                local.acceptable(text) ? Verdict.Outcome.PASS : Verdict.Outcome.RISKY, Verdict.Source.LOCAL, null));
    }

    private Optional<Verdict> weChat(String openid, Scene scene, String text) {
        String appId = wx.getWxMaConfig() == null ? null : wx.getWxMaConfig().getAppid();
        if (!properties.wechatCheck() || appId == null || appId.isBlank() || openid == null || openid.isBlank()) {
            return Optional.empty();
        }
        try {
            WxMaMsgSecCheckCheckResponse response = wx.getSecurityService().checkMessage(WxMaMsgSecCheckCheckRequest.builder()
                    .version("2").openid(openid).scene(scene.code).content(text).build());
            if (response == null || response.getResult() == null || response.getResult().getSuggest() == null) {
                return Optional.empty();
            }
            Integer label = parseLabel(response.getResult().getLabel());
            return switch (response.getResult().getSuggest()) {
                case "pass" -> Optional.of(new Verdict(Verdict.Outcome.PASS, Verdict.Source.WECHAT, label));
                case "review" -> Optional.of(new Verdict(Verdict.Outcome.REVIEW, Verdict.Source.WECHAT, label));
                case "risky" -> Optional.of(new Verdict(Verdict.Outcome.RISKY, Verdict.Source.WECHAT, label));
                default -> Optional.empty();
            };
        } catch (WxErrorException e) {
            log.warn("msgSecCheck answered {}: the local word list decides", e.getError().getErrorCode());
            return Optional.empty();
        } catch (RuntimeException e) {
            log.warn("msgSecCheck unreachable ({}): the local word list decides", e.toString());
            return Optional.empty();
        }
    }

    private static Integer parseLabel(String label) {
        try {
            return label == null ? null : Integer.valueOf(label);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
