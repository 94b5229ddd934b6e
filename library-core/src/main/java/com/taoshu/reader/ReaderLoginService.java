package com.taoshu.reader;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.reader.internal.ReaderMapper;
import com.taoshu.reader.wechat.WeChatIdentity;
import com.taoshu.reader.wechat.WeChatProperties;
import com.taoshu.shared.error.CommonErrorCode;
import com.taoshu.shared.security.Principal;
import com.taoshu.shared.security.ReaderId;
import com.taoshu.shared.security.TokenStore;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * {@code wx.login()} code → WeChat session → our reader (created on first login) → our opaque token.
 * In the demo profile without WeChat credentials, a code {@code demo-<name>} logs in the demo reader of that name.
 */
@Service
public class ReaderLoginService {

    public static final String DEMO_CODE_PREFIX = "demo-";
    public static final String DEMO_OPENID_PREFIX = "demo-openid-";

    private final WeChatIdentity weChat;
    private final WeChatProperties weChatProperties;
    private final ReaderMapper readerMapper;
    private final TokenStore tokens;
    private final boolean demo;

    public ReaderLoginService(WeChatIdentity weChat, WeChatProperties weChatProperties, ReaderMapper readerMapper,
                              TokenStore tokens, Environment environment) {
        this.weChat = weChat;
        this.weChatProperties = weChatProperties;
        this.readerMapper = readerMapper;
        this.tokens = tokens;
        this.demo = environment.acceptsProfiles(Profiles.of("demo"));
    }

    public record ReaderSession(String token, ReaderView reader, boolean firstLogin) {
    }

    public ReaderSession login(String code) {
        WeChatIdentity.WeChatSession session = demoSession(code);
        if (session == null) {
            session = weChat.session(code);
        }
        Reader existing = findByOpenid(session.openid());
        boolean first = existing == null;
        Reader reader = first ? register(session) : existing;
        if (!first && session.unionid() != null && reader.getUnionid() == null) {
            reader.setUnionid(session.unionid());
            readerMapper.updateById(reader);
        }
        String token = tokens.issue(new Principal.Reader(new ReaderId(reader.getId())));
        return new ReaderSession(token, ReaderView.of(reader), first);
    }

    private WeChatIdentity.WeChatSession demoSession(String code) {
        if (!demo || weChatProperties.configured() || !code.startsWith(DEMO_CODE_PREFIX)) {
            return null;
        }
        String name = code.substring(DEMO_CODE_PREFIX.length());
        if (!name.matches("[A-Za-z0-9_]{1,40}")) {
            throw CommonErrorCode.BAD_REQUEST.exception("演示登录码格式为 demo-<名字>，名字只能含字母、数字和下划线");
        }
        return new WeChatIdentity.WeChatSession(DEMO_OPENID_PREFIX + name, null);
    }

    private Reader findByOpenid(String openid) {
        return readerMapper.selectOne(Wrappers.<Reader>lambdaQuery().eq(Reader::getOpenid, openid));
    }

    private Reader register(WeChatIdentity.WeChatSession session) {
        Reader reader = Reader.register(session.openid(), session.unionid());
        try {
            readerMapper.insert(reader);
            return reader;
        } catch (DuplicateKeyException e) {
            // two first logins at once (double tap): the other one created the reader
            return findByOpenid(session.openid());
        }
    }
}
