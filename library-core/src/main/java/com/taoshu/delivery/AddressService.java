package com.taoshu.delivery;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.catalog.Branch;
import com.taoshu.catalog.BranchMapper;
import com.taoshu.delivery.amap.AmapClient;
import com.taoshu.reader.Readers;
import com.taoshu.shared.crypto.FieldCipher;
import com.taoshu.shared.crypto.Masking;
import com.taoshu.shared.security.ReaderId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reader's delivery addresses. Each is geocoded through AMap on save (outside any transaction) and refused when
 * AMap cannot place it or no branch delivers there; the serving branch is the reader's home branch when it covers
 * the address, else the nearest covering branch. Phone and address detail are encrypted at rest.
 */
@Service
public class AddressService {

    static final int MAX_ADDRESSES = 10;

    private final ReaderAddressMapper mapper;
    private final BranchMapper branchMapper;
    private final AmapClient amap;
    private final FieldCipher cipher;
    private final Readers readers;
    private final TransactionTemplate tx;

    public AddressService(ReaderAddressMapper mapper, BranchMapper branchMapper, AmapClient amap, FieldCipher cipher,
                          Readers readers, TransactionTemplate tx) {
        this.mapper = mapper;
        this.branchMapper = branchMapper;
        this.amap = amap;
        this.cipher = cipher;
        this.readers = readers;
        this.tx = tx;
    }

    /** {@code secondContact} is optional (null: none, or removed on update). */
    public record AddressInput(String contactName, String phone, String address, boolean isDefault,
                               SecondContact secondContact) {

        public AddressInput(String contactName, String phone, String address, boolean isDefault) {
            this(contactName, phone, address, isDefault, null);
        }
    }

    /** A family member the courier may call when the reader does not answer (elderly readers often list one). */
    public record SecondContact(String name, String phone) {
    }

    /** The owner's view: full address and phone (decrypted), never shown to anyone else. */
    public record AddressView(long id, String contactName, String phone, String phoneMasked, String region, String address,
                              double lat, double lng, long branchId, String branchName, int distanceM, boolean isDefault,
                              String contact2Name, String contact2Phone, String contact2PhoneMasked) {
    }

    public List<AddressView> list(ReaderId reader) {
        return mapper.selectList(Wrappers.<ReaderAddress>lambdaQuery().eq(ReaderAddress::getReaderId, reader.value())
                        .eq(ReaderAddress::getDeleted, false).orderByDesc(ReaderAddress::getIsDefault).orderByAsc(ReaderAddress::getId))
                .stream().map(this::view).toList();
    }

    public AddressView add(ReaderId reader, AddressInput input) {
        long count = mapper.selectCount(Wrappers.<ReaderAddress>lambdaQuery().eq(ReaderAddress::getReaderId, reader.value())
                .eq(ReaderAddress::getDeleted, false));
        if (count >= MAX_ADDRESSES) {
            throw DeliveryErrorCode.TOO_MANY_ADDRESSES.exception();
        }
        ReaderAddress address = new ReaderAddress();
        address.setReaderId(reader.value());
        address.setDeleted(false);
        fill(address, reader, input);
        boolean makeDefault = input.isDefault() || count == 0;
        address.setIsDefault(false);
        tx.executeWithoutResult(s -> {
            mapper.insert(address);
            if (makeDefault) {
                makeDefault(reader, address.getId());
            }
        });
        return view(owned(reader, address.getId()));
    }

    public AddressView update(ReaderId reader, long id, AddressInput input) {
        ReaderAddress address = owned(reader, id);
        fill(address, reader, input);
        tx.executeWithoutResult(s -> {
            mapper.updateById(address);
            mapper.update(null, Wrappers.<ReaderAddress>lambdaUpdate().eq(ReaderAddress::getId, id)
                    .set(ReaderAddress::getContact2Name, address.getContact2Name())
                    .set(ReaderAddress::getContact2PhoneCipher, address.getContact2PhoneCipher())
                    .set(ReaderAddress::getContact2PhoneMasked, address.getContact2PhoneMasked()));
            if (input.isDefault()) {
                makeDefault(reader, id);
            }
        });
        return view(owned(reader, id));
    }

    /** Soft delete: orders keep pointing at the address they were delivered to. */
    public void delete(ReaderId reader, long id) {
        ReaderAddress address = owned(reader, id);
        address.setDeleted(true);
        address.setIsDefault(false);
        mapper.updateById(address);
    }

    public AddressView setDefault(ReaderId reader, long id) {
        owned(reader, id);
        tx.executeWithoutResult(s -> makeDefault(reader, id));
        return view(owned(reader, id));
    }

    /** A reader's own, not deleted address; anything else is "not found". */
    public ReaderAddress owned(ReaderId reader, long id) {
        ReaderAddress address = mapper.selectById(id);
        if (address == null || address.getReaderId() != reader.value() || Boolean.TRUE.equals(address.getDeleted())) {
            throw DeliveryErrorCode.ADDRESS_NOT_FOUND.exception();
        }
        return address;
    }

    private void makeDefault(ReaderId reader, long id) {
        mapper.update(null, Wrappers.<ReaderAddress>lambdaUpdate().set(ReaderAddress::getIsDefault, false)
                .eq(ReaderAddress::getReaderId, reader.value()));
        mapper.update(null, Wrappers.<ReaderAddress>lambdaUpdate().set(ReaderAddress::getIsDefault, true)
                .eq(ReaderAddress::getId, id).eq(ReaderAddress::getReaderId, reader.value()));
    }

    private void fill(ReaderAddress address, ReaderId reader, AddressInput input) {
        String text = input.address().trim();
        AmapClient.Geocode geocode = amap.geocode(text).orElseThrow(DeliveryErrorCode.ADDRESS_NOT_FOUND_ON_MAP::exception);
        Long home = readers.get(reader.value()).getHomeBranchId();
        Branch branch = servingBranch(geocode.point(), home).orElseThrow(DeliveryErrorCode.ADDRESS_OUT_OF_RANGE::exception);
        address.setContactName(input.contactName().trim());
        address.setPhoneCipher(cipher.encrypt(input.phone()));
        address.setPhoneMasked(Masking.phone(input.phone()));
        address.setRegion(geocode.region());
        address.setDetailCipher(cipher.encrypt(text));
        address.setFormattedMasked(geocode.region() + "***");
        address.setLat(BigDecimal.valueOf(geocode.point().lat()).setScale(7, RoundingMode.HALF_UP));
        address.setLng(BigDecimal.valueOf(geocode.point().lng()).setScale(7, RoundingMode.HALF_UP));
        address.setBranchId(branch.getId());
        address.setDistanceM((int) Math.round(distance(branch, geocode.point())));
        fillSecondContact(address, input.secondContact());
    }

    /** Sets or clears the family contact; cleared with null (updateById skips nulls, hence the explicit update). */
    private void fillSecondContact(ReaderAddress address, SecondContact contact) {
        boolean none = contact == null || contact.phone() == null || contact.phone().isBlank();
        address.setContact2Name(none ? null : contact.name() == null ? null : contact.name().trim());
        address.setContact2PhoneCipher(none ? null : cipher.encrypt(contact.phone().trim()));
        address.setContact2PhoneMasked(none ? null : Masking.phone(contact.phone().trim()));
    }

    Optional<Branch> servingBranch(GeoPoint point, Long homeBranchId) {
        List<Branch> covering = branchMapper.selectList(Wrappers.<Branch>lambdaQuery().eq(Branch::getEnabled, true)).stream()
                .filter(b -> distance(b, point) <= b.getDeliveryRadiusM())
                .sorted(Comparator.comparingDouble(b -> distance(b, point)))
                .toList();
        return covering.stream().filter(b -> b.getId().equals(homeBranchId)).findFirst().or(() -> covering.stream().findFirst());
    }

    public static double distance(Branch branch, GeoPoint point) {
        return new GeoPoint(branch.getLat().doubleValue(), branch.getLng().doubleValue()).metersTo(point);
    }

    private AddressView view(ReaderAddress a) {
        Branch branch = branchMapper.selectById(a.getBranchId());
        return new AddressView(a.getId(), a.getContactName(), cipher.decrypt(a.getPhoneCipher()), a.getPhoneMasked(),
                a.getRegion(), cipher.decrypt(a.getDetailCipher()), a.getLat().doubleValue(), a.getLng().doubleValue(),
                a.getBranchId(), branch == null ? null : branch.getName(), a.getDistanceM(), Boolean.TRUE.equals(a.getIsDefault()),
                a.getContact2Name(), cipher.decrypt(a.getContact2PhoneCipher()), a.getContact2PhoneMasked());
    }
}
