package com.taoshu.demo;

import com.taoshu.catalog.Branch;
import com.taoshu.catalog.Branches;
import com.taoshu.delivery.Courier;
import com.taoshu.delivery.CourierAdminService;
import com.taoshu.reader.CardType;
import com.taoshu.reader.DeliveryEligibility;
import com.taoshu.reader.Reader;
import com.taoshu.reader.ReaderLoginService;
import com.taoshu.reader.Readers;
import com.taoshu.shared.crypto.FieldCipher;
import com.taoshu.shared.crypto.Masking;
import com.taoshu.shared.security.Role;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.staff.Staff;
import com.taoshu.staff.StaffAdminService;
import com.taoshu.staff.StaffDirectory;
import java.time.LocalTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo accounts (profile {@code demo} only), created once and left alone afterwards: the ADMIN, 3 librarians,
 * 4 couriers and 30 readers listed in the README. Written in Java rather than SQL because passwords are bcrypt
 * hashes and phone numbers are encrypted with this installation's key; staff accounts and courier profiles are made
 * through the services the admin console uses. The catalog comes from sql/demo.
 */
@Component
@Profile("demo")
@Order(20)
public class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private static final List<String> READER_NAMES = List.of(
            "王秀英", "李桂兰", "张建国", "刘淑珍", "陈志强", "杨丽华", "赵德明", "黄玉梅", "周文斌", "吴春花",
            "徐海涛", "孙美玲", "胡国平", "朱晓燕", "高振华", "林雪芳", "何永红", "郭子豪", "马慧敏", "罗建军",
            "梁晓雯", "宋佳怡", "郑浩然", "谢雨桐", "韩立新", "唐欣然", "冯志刚", "于秀兰", "董思远", "萧梓涵");

    private final StaffAdminService staffAdmin;
    private final StaffDirectory staffDirectory;
    private final CourierAdminService couriers;
    private final Readers readers;
    private final Branches branches;
    private final FieldCipher cipher;

    public DemoAccounts(StaffAdminService staffAdmin, StaffDirectory staffDirectory, CourierAdminService couriers,
                        Readers readers, Branches branches, FieldCipher cipher) {
        this.staffAdmin = staffAdmin;
        this.staffDirectory = staffDirectory;
        this.couriers = couriers;
        this.readers = readers;
        this.branches = branches;
        this.cipher = cipher;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long yuelu = branchId("CS-YL");
        Long furong = branchId("CS-FR");
        if (yuelu == null || furong == null) {
            log.warn("demo branches are missing (sql/demo not applied?): demo accounts not created");
            return;
        }
        int created = 0;
        created += staff("admin", null, "演示管理员", "admin123", Role.ADMIN, null);
        created += staff("librarian1", null, "周馆员", "lib12345", Role.LIBRARIAN, yuelu);
        created += staff("librarian2", null, "钱馆员", "lib12345", Role.LIBRARIAN, furong);
        created += staff("librarian3", null, "孙馆员", "lib12345", Role.LIBRARIAN, yuelu);
        String[] courierNames = {"李师傅", "王师傅", "张师傅", "赵师傅"};
        for (int i = 1; i <= 4; i++) {
            long branch = i <= 2 ? yuelu : furong;
            String phone = "1390000000" + i;
            if (staff(null, phone, courierNames[i - 1], "courier123", Role.COURIER, branch) == 1) {
                created++;
                long staffId = staffDirectory.findByPhone(phone).orElseThrow().getId();
                couriers.update(staffId, new CourierAdminService.ProfileInput(
                        i % 2 == 1 ? Courier.Vehicle.EBIKE : Courier.Vehicle.WALK, i % 2 == 1 ? 20 : 8,
                        LocalTime.of(9, 0), LocalTime.of(18, 0), false), admin());
            }
        }
        for (int i = 1; i <= READER_NAMES.size(); i++) {
            created += reader(i, i % 2 == 0 ? yuelu : furong);
        }
        if (created > 0) {
            log.info("demo accounts: created {} (admin/admin123, librarian1/lib12345, courier 13900000001/courier123, "
                    + "reader login code demo-reader01 … demo-reader30)", created);
        }
    }

    private Long branchId(String code) {
        return branches.findByCode(code).map(Branch::getId).orElse(null);
    }

    private int staff(String username, String phone, String name, String password, Role role, Long branchId) {
        boolean exists = username != null ? staffDirectory.findByUsername(username).isPresent()
                : staffDirectory.findByPhone(phone).isPresent();
        if (exists) {
            return 0;
        }
        staffAdmin.create(new StaffAdminService.NewStaff(username, phone, name, password, role, branchId));
        return 1;
    }

    /** The demo ADMIN, who sets the couriers' working profiles. */
    private StaffPrincipal admin() {
        Staff admin = staffDirectory.findByUsername("admin").orElseThrow();
        return new StaffPrincipal(admin.getId(), Role.ADMIN, null, admin.getName());
    }

    private int reader(int n, long homeBranch) {
        String openid = ReaderLoginService.DEMO_OPENID_PREFIX + "reader%02d".formatted(n);
        if (readers.findByOpenid(openid).isPresent()) {
            return 0;
        }
        Reader reader = Reader.register(openid, null);
        reader.setName(READER_NAMES.get(n - 1));
        String phone = "137%08d".formatted(31000000 + n);
        reader.setPhoneCipher(cipher.encrypt(phone));
        reader.setPhoneHash(cipher.hash(phone));
        reader.setPhoneMasked(Masking.phone(phone));
        reader.setHomeBranchId(homeBranch);
        reader.setCardType(n % 3 == 0 ? CardType.COMMUNITY_TRUST : CardType.CITY_WIDE);
        // every fifth reader is an elderly or disabled resident already approved for home delivery
        reader.setDeliveryEligibility(n % 5 == 0 ? DeliveryEligibility.APPROVED : DeliveryEligibility.NONE);
        readers.register(reader);
        return 1;
    }
}
