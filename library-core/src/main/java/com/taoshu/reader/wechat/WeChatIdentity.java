package com.taoshu.reader.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.bean.WxMaJscode2SessionResult;
import cn.binarywang.wx.miniapp.bean.WxMaPhoneNumberInfo;
import com.taoshu.reader.ReaderErrorCode;
import com.taoshu.shared.error.BizException;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Who a mini-program user is, asked of WeChat through WxJava; WeChat's error codes become our reader error codes. */
@Component
public class WeChatIdentity {

    private static final Logger log = LoggerFactory.getLogger(WeChatIdentity.class);

    private final WxMaService wxMaService;
    private final WeChatProperties properties;

    public WeChatIdentity(WxMaService wxMaService, WeChatProperties properties) {
        this.wxMaService = wxMaService;
        this.properties = properties;
    }

    public record WeChatSession(String openid, String unionid) {
    }

    /** {@code jscode2session}: the login code from {@code wx.login()} → openid (and unionid when bound). */
    public WeChatSession session(String code) {
        requireConfigured();
        try {
            WxMaJscode2SessionResult result = wxMaService.getUserService().getSessionInfo(code);
            if (result == null || result.getOpenid() == null || result.getOpenid().isBlank()) {
                throw ReaderErrorCode.WX_UNAVAILABLE.exception();
            }
            return new WeChatSession(result.getOpenid(), blankToNull(result.getUnionid()));
        } catch (WxErrorException e) {
            throw translate(e.getError().getErrorCode(), e, false);
        } catch (WxRuntimeException e) {
            log.warn("WeChat jscode2session failed: {}", e.getMessage());
            throw ReaderErrorCode.WX_UNAVAILABLE.exception();
        }
    }

    /** {@code getuserphonenumber}: the code from the mini-program's phone-number button → the phone number. */
    public String phoneNumber(String code) {
        requireConfigured();
        try {
            WxMaPhoneNumberInfo info = wxMaService.getUserService().getPhoneNumber(code);
            if (info == null || info.getPurePhoneNumber() == null) {
                throw ReaderErrorCode.PHONE_CODE_INVALID.exception();
            }
            return info.getPurePhoneNumber();
        } catch (WxErrorException e) {
            throw translate(e.getError().getErrorCode(), e, true);
        } catch (WxRuntimeException e) {
            log.warn("WeChat getuserphonenumber failed: {}", e.getMessage());
            throw ReaderErrorCode.WX_UNAVAILABLE.exception();
        }
    }

    private void requireConfigured() {
        if (!properties.configured()) {
            throw ReaderErrorCode.WX_NOT_CONFIGURED.exception();
        }
    }

    private static BizException translate(int errcode, WxErrorException e, boolean phone) {
        log.info("WeChat answered errcode {}: {}", errcode, e.getError().getErrorMsg());
        return switch (errcode) {
            case 40029 -> (phone ? ReaderErrorCode.PHONE_CODE_INVALID : ReaderErrorCode.WX_CODE_INVALID).exception();
            case 40163 -> (phone ? ReaderErrorCode.PHONE_CODE_INVALID : ReaderErrorCode.WX_CODE_USED).exception();
            case 45011 -> ReaderErrorCode.WX_RATE_LIMITED.exception();
            case -1 -> ReaderErrorCode.WX_UNAVAILABLE.exception();
            default -> errcode < 0 || errcode == 40001 || errcode == 42001 || errcode == 40013 || errcode == 40125
                    ? ReaderErrorCode.WX_UNAVAILABLE.exception()
                    : ReaderErrorCode.WX_REJECTED.exception();
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
