package com.taoshu.reader;

import com.taoshu.catalog.Branches;
import com.taoshu.moderation.TextModeration;
import com.taoshu.reader.internal.ReaderMapper;
import com.taoshu.reader.wechat.WeChatIdentity;
import com.taoshu.shared.crypto.FieldCipher;
import com.taoshu.shared.crypto.Masking;
import com.taoshu.shared.security.ReaderId;
import org.springframework.stereotype.Service;

/** What a reader sees and edits of themself: profile, home branch, phone binding. */
@Service
public class ReaderProfileService {

    private final Readers readers;
    private final ReaderMapper readerMapper;
    private final Branches branches;
    private final WeChatIdentity weChat;
    private final FieldCipher cipher;
    private final TextModeration moderation;
    private final ReaderAvatarService avatars;

    public ReaderProfileService(Readers readers, ReaderMapper readerMapper, Branches branches, WeChatIdentity weChat,
                                FieldCipher cipher, TextModeration moderation, ReaderAvatarService avatars) {
        this.readers = readers;
        this.readerMapper = readerMapper;
        this.branches = branches;
        this.weChat = weChat;
        this.cipher = cipher;
        this.moderation = moderation;
        this.avatars = avatars;
    }

    public record ProfileUpdate(String name, Long homeBranchId) {
    }

    public ReaderView me(ReaderId id) {
        return own(id.value());
    }

    /** A new avatar (JPEG, PNG or WebP by magic bytes, at most 512 KB); the answer carries its new URL. */
    public ReaderView changeAvatar(ReaderId id, byte[] image) {
        avatars.upload(id, image);
        return own(id.value());
    }

    /** The reader's own view: with their avatar's URL. */
    private ReaderView own(long readerId) {
        return ReaderView.of(readers.get(readerId)).withAvatarUrl(avatars.urlOf(readerId));
    }

    public ReaderView update(ReaderId id, ProfileUpdate update) {
        Reader reader = readers.get(id.value());
        if (update.homeBranchId() != null && !update.homeBranchId().equals(reader.getHomeBranchId())) {
            // 诚信通 borrows at its home branch only: moving it is the librarians' decision, or the rule means nothing
            if (reader.getCardType() == CardType.COMMUNITY_TRUST) {
                throw ReaderErrorCode.HOME_BRANCH_BY_LIBRARIAN.exception();
            }
            branches.findEnabled(update.homeBranchId()).orElseThrow(ReaderErrorCode.BRANCH_NOT_FOUND::exception);
            reader.setHomeBranchId(update.homeBranchId());
        }
        if (update.name() != null) {
            String name = update.name().trim();
            // the nickname shows next to the reader's reviews: risky is refused; "review" is accepted (it is shown
            // masked to others, and librarians see it with every review they moderate)
            if (!name.equals(reader.getName())
                    && moderation.check(reader.getOpenid(), TextModeration.Scene.PROFILE, name).refused()) {
                throw ReaderErrorCode.INAPPROPRIATE_NAME.exception();
            }
            reader.setName(name);
        }
        if (readerMapper.updateById(reader) == 0) {
            throw ReaderErrorCode.READER_CHANGED.exception();
        }
        return own(id.value());
    }

    /** The code from the mini-program's getPhoneNumber button, exchanged with WeChat; stored encrypted. */
    public ReaderView bindPhone(ReaderId id, String phoneCode) {
        String phone = weChat.phoneNumber(phoneCode);
        return storePhone(id.value(), phone);
    }

    ReaderView storePhone(long readerId, String phone) {
        Reader reader = readers.get(readerId);
        reader.setPhoneCipher(cipher.encrypt(phone));
        reader.setPhoneHash(cipher.hash(phone));
        reader.setPhoneMasked(Masking.phone(phone));
        if (readerMapper.updateById(reader) == 0) {
            throw ReaderErrorCode.READER_CHANGED.exception();
        }
        return own(readerId);
    }
}
