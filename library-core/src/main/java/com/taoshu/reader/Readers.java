package com.taoshu.reader;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.reader.internal.ReaderMapper;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.StaffPrincipal;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Reader look-ups for other features. */
@Component
public class Readers {

    private final ReaderMapper readerMapper;

    public Readers(ReaderMapper readerMapper) {
        this.readerMapper = readerMapper;
    }

    public Optional<Reader> find(long id) {
        return Optional.ofNullable(readerMapper.selectById(id));
    }

    /** The readers with these ids, by id, in one query (a reader who is gone is left out). */
    public Map<Long, Reader> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : readerMapper.selectByIds(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Reader::getId, Function.identity(), (a, b) -> a));
    }

    /** The reader of this mini-program openid. */
    public Optional<Reader> findByOpenid(String openid) {
        return Optional.ofNullable(readerMapper.selectOne(Wrappers.<Reader>lambdaQuery().eq(Reader::getOpenid, openid)));
    }

    /**
     * A reader registered without a WeChat login (the demo's readers, made ready with name, phone, branch and card):
     * inserted as given; its id is set on it.
     */
    public void register(Reader reader) {
        readerMapper.insert(reader);
    }

    /** The branch a reader acts at: the one they chose, else their home branch (null: neither). */
    public Long branchFor(long readerId, Long chosenBranchId) {
        return chosenBranchId != null ? chosenBranchId : find(readerId).map(Reader::getHomeBranchId).orElse(null);
    }

    /** How the desk's lists name a reader: the name (null if none given) and the masked phone. */
    public record Label(String name, String phoneMasked) {

        static Label of(Reader r) {
            return new Label(r.getName(), r.getPhoneMasked());
        }

        /** The name as said aloud across the desk: the surname and a star per other character (王小明 → 王**). */
        public String maskedName() {
            return mask(name);
        }

        public static String mask(String name) {
            if (name == null || name.isBlank()) {
                return "读者";
            }
            String n = name.trim();
            int first = n.offsetByCodePoints(0, 1);
            return n.substring(0, first) + "*".repeat(Math.max(1, n.codePointCount(first, n.length())));
        }
    }

    /** The labels of these readers, in one query (a page of orders, reservations, compensations…). */
    public Map<Long, Label> labels(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : readerMapper.selectByIds(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Reader::getId, Label::of, (a, b) -> a));
    }

    /** One reader's label; empty when the reader is gone. */
    public Optional<Label> label(long id) {
        return find(id).map(Label::of);
    }

    /**
     * A reader at the desk: one whose home branch is another than the librarian's is "not found" to them
     * ({@link BranchScope}); a reader who has not chosen a home branch yet is every desk's.
     */
    public Reader visibleTo(StaffPrincipal by, long id) {
        return BranchScope.visible(by, find(id).orElse(null), Reader::getHomeBranchId, ReaderErrorCode.READER_NOT_FOUND);
    }

    /**
     * The home branch a staff list of readers is filtered by ({@link BranchScope#list}: a librarian's own unless they
     * work across branches; null = all) and whether readers without a home branch yet are listed with it (to librarians,
     * whose desk they may walk into).
     */
    public record HomeBranchFilter(Long branchId, boolean withoutHomeBranch) {

        public static HomeBranchFilter of(StaffPrincipal by, Long requested) {
            Long branchId = BranchScope.list(by, requested);
            return new HomeBranchFilter(branchId, branchId != null && !by.seesAllBranches());
        }
    }

    public Reader get(long id) {
        return find(id).orElseThrow(ReaderErrorCode.READER_NOT_FOUND::exception);
    }
}
