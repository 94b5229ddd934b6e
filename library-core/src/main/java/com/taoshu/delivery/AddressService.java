package com.taoshu.delivery;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.catalog.Branch;
import com.taoshu.catalog.Branches;
import com.taoshu.delivery.internal.ReaderAddressMapper;
import com.taoshu.reader.Readers;
import com.taoshu.shared.crypto.FieldCipher;
import com.taoshu.shared.crypto.Masking;
import com.taoshu.shared.security.ReaderId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reader's delivery addresses. The point comes from the map the reader picked it on ({@code wx.chooseLocation}),
 * else AMap geocodes the text (outside any transaction) — {@link AddressLocator}; an address no branch delivers to is
 * refused with the distance. The serving branch is the one the reader chose, else the home branch when it covers the
 * address, else the nearest covering branch. Phone, text, place name and door are encrypted at rest.
 */
@Service
public class AddressService {

    static final int MAX_ADDRESSES = 10;

    private final ReaderAddressMapper mapper;
    private final Branches branches;
    private final AddressLocator locator;
    private final FieldCipher cipher;
    private final Readers readers;
    private final TransactionTemplate tx;

    public AddressService(ReaderAddressMapper mapper, Branches branches, AddressLocator locator, FieldCipher cipher,
                          Readers readers, TransactionTemplate tx) {
        this.mapper = mapper;
        this.branches = branches;
        this.locator = locator;
        this.cipher = cipher;
        this.readers = readers;
        this.tx = tx;
    }

    /**
     * An address as a form sends it. {@code lat}/{@code lng}: the GCJ-02 point picked on a map (both or neither; without
     * them the text is geocoded). {@code phone} may be null only when a librarian corrects an existing address (kept).
     * {@code branchId}: the branch that must deliver there, or null for home-or-nearest. {@code secondContact} is
     * optional (null: none, or removed when the reader updates the address; a librarian's correction keeps it).
     */
    public record AddressInput(String contactName, String phone, String address, String placeName, String door,
                               Double lat, Double lng, Long branchId, boolean isDefault, SecondContact secondContact) {

        public AddressInput(String contactName, String phone, String address, String placeName, String door,
                            Double lat, Double lng, Long branchId, boolean isDefault) {
            this(contactName, phone, address, placeName, door, lat, lng, branchId, isDefault, null);
        }

        public AddressInput(String contactName, String phone, String address, boolean isDefault,
                            SecondContact secondContact) {
            this(contactName, phone, address, null, null, null, null, null, isDefault, secondContact);
        }

        public AddressInput(String contactName, String phone, String address, boolean isDefault) {
            this(contactName, phone, address, null, null, null, null, null, isDefault, null);
        }

        GeoPoint point() {
            if (lat == null && lng == null) {
                return null;
            }
            if (lat == null || lng == null) {
                throw DeliveryErrorCode.LOCATION_INCOMPLETE.exception();
            }
            return new GeoPoint(lat, lng);
        }
    }

    /** A family member the courier may call when the reader does not answer (elderly readers often list one). */
    public record SecondContact(String name, String phone) {
    }

    /**
     * The owner's view: full address and phone (decrypted), never shown to anyone else. {@code address} is the street
     * text as entered, {@code fullAddress} the line couriers read (text, place name, door).
     */
    public record AddressView(long id, String contactName, String phone, String phoneMasked, String region, String address,
                              String placeName, String door, String fullAddress, double lat, double lng,
                              ReaderAddress.Location locatedBy, long branchId, String branchName, int distanceM,
                              boolean isDefault, String contact2Name, String contact2Phone, String contact2PhoneMasked) {
    }

    public List<AddressView> list(ReaderId reader) {
        return addressesOf(reader.value()).stream().map(this::view).toList();
    }

    public AddressView add(ReaderId reader, AddressInput input) {
        return view(create(reader.value(), input, ReaderAddress.Location.PICKED, null));
    }

    public AddressView update(ReaderId reader, long id, AddressInput input) {
        return view(change(owned(reader, id), input, ReaderAddress.Location.PICKED, null, true));
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
        tx.executeWithoutResult(s -> makeDefault(reader.value(), id));
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

    List<ReaderAddress> addressesOf(long readerId) {
        return mapper.selectList(Wrappers.<ReaderAddress>lambdaQuery().eq(ReaderAddress::getReaderId, readerId)
                .eq(ReaderAddress::getDeleted, false).orderByDesc(ReaderAddress::getIsDefault).orderByAsc(ReaderAddress::getId));
    }

    /** A new address of {@code readerId}, located first (no transaction held while AMap answers). */
    ReaderAddress create(long readerId, AddressInput input, ReaderAddress.Location pickedBy, Long staffId) {
        long count = mapper.selectCount(Wrappers.<ReaderAddress>lambdaQuery().eq(ReaderAddress::getReaderId, readerId)
                .eq(ReaderAddress::getDeleted, false));
        if (count >= MAX_ADDRESSES) {
            throw DeliveryErrorCode.TOO_MANY_ADDRESSES.exception();
        }
        ReaderAddress address = new ReaderAddress();
        address.setReaderId(readerId);
        address.setDeleted(false);
        fill(address, input, pickedBy, staffId);
        fillSecondContact(address, input.secondContact());
        boolean makeDefault = input.isDefault() || count == 0;
        address.setIsDefault(false);
        tx.executeWithoutResult(s -> {
            mapper.insert(address);
            if (makeDefault) {
                makeDefault(readerId, address.getId());
            }
        });
        return mapper.selectById(address.getId());
    }

    /**
     * {@code replaceSecondContact}: the reader's own form carries the family contact, so a missing one is removed;
     * a librarian's correction does not carry it and keeps it.
     */
    ReaderAddress change(ReaderAddress address, AddressInput input, ReaderAddress.Location pickedBy, Long staffId,
                         boolean replaceSecondContact) {
        fill(address, input, pickedBy, staffId);
        if (replaceSecondContact) {
            fillSecondContact(address, input.secondContact());
        }
        tx.executeWithoutResult(s -> {
            mapper.updateById(address);
            if (replaceSecondContact) { // updateById skips nulls: clear a removed contact explicitly
                mapper.update(null, Wrappers.<ReaderAddress>lambdaUpdate().eq(ReaderAddress::getId, address.getId())
                        .set(ReaderAddress::getContact2Name, address.getContact2Name())
                        .set(ReaderAddress::getContact2PhoneCipher, address.getContact2PhoneCipher())
                        .set(ReaderAddress::getContact2PhoneMasked, address.getContact2PhoneMasked()));
            }
            if (input.isDefault()) {
                makeDefault(address.getReaderId(), address.getId());
            }
        });
        return mapper.selectById(address.getId());
    }

    private void makeDefault(long readerId, long id) {
        mapper.update(null, Wrappers.<ReaderAddress>lambdaUpdate().set(ReaderAddress::getIsDefault, false)
                .eq(ReaderAddress::getReaderId, readerId));
        mapper.update(null, Wrappers.<ReaderAddress>lambdaUpdate().set(ReaderAddress::getIsDefault, true)
                .eq(ReaderAddress::getId, id).eq(ReaderAddress::getReaderId, readerId));
    }

    private void fill(ReaderAddress address, AddressInput input, ReaderAddress.Location pickedBy, Long staffId) {
        String text = input.address().trim();
        String place = blankToNull(input.placeName());
        String door = blankToNull(input.door());
        Long home = readers.get(address.getReaderId()).getHomeBranchId();
        AddressLocator.Located located = locator.locate(text, input.point(), home, input.branchId(), pickedBy);
        address.setContactName(input.contactName().trim());
        if (input.phone() != null && !input.phone().isBlank()) {
            address.setPhoneCipher(cipher.encrypt(input.phone().trim()));
            address.setPhoneMasked(Masking.phone(input.phone()));
        }
        address.setRegion(located.region());
        address.setDetailCipher(cipher.encrypt(fullLine(text, place, door)));
        address.setStreetCipher(cipher.encrypt(text));
        address.setPlaceCipher(cipher.encrypt(place));
        address.setDoorCipher(cipher.encrypt(door));
        address.setFormattedMasked((located.region() == null ? text.substring(0, Math.min(3, text.length())) : located.region()) + "***");
        address.setLat(BigDecimal.valueOf(located.point().lat()).setScale(7, RoundingMode.HALF_UP));
        address.setLng(BigDecimal.valueOf(located.point().lng()).setScale(7, RoundingMode.HALF_UP));
        address.setLocatedBy(located.how());
        address.setLocatedByStaffId(located.how() == ReaderAddress.Location.DESK ? staffId : null);
        address.setBranchId(located.branch().getId());
        address.setDistanceM(located.distanceM());
    }

    /** Sets or clears the family contact; cleared with null (updateById skips nulls, hence the explicit update). */
    private void fillSecondContact(ReaderAddress address, SecondContact contact) {
        boolean none = contact == null || contact.phone() == null || contact.phone().isBlank();
        address.setContact2Name(none ? null : contact.name() == null ? null : contact.name().trim());
        address.setContact2PhoneCipher(none ? null : cipher.encrypt(contact.phone().trim()));
        address.setContact2PhoneMasked(none ? null : Masking.phone(contact.phone().trim()));
    }

    /** "岳麓区麓山南路932号 麓山小区 3栋2单元501": what a courier reads at the door. */
    static String fullLine(String text, String place, String door) {
        StringBuilder line = new StringBuilder(text);
        if (place != null && !text.contains(place)) { // chooseLocation's address often already ends with the name
            line.append(' ').append(place);
        }
        if (door != null) {
            line.append(' ').append(door);
        }
        return line.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public static double distance(Branch branch, GeoPoint point) {
        return AddressLocator.distance(branch, point);
    }

    /** The street text alone: rows saved before the parts were kept hold it in detail_cipher. */
    String street(ReaderAddress a) {
        return a.getStreetCipher() != null ? cipher.decrypt(a.getStreetCipher()) : cipher.decrypt(a.getDetailCipher());
    }

    String placeName(ReaderAddress a) {
        return cipher.decrypt(a.getPlaceCipher());
    }

    String door(ReaderAddress a) {
        return cipher.decrypt(a.getDoorCipher());
    }

    String fullAddress(ReaderAddress a) {
        return cipher.decrypt(a.getDetailCipher());
    }

    String branchName(long branchId) {
        return branches.name(branchId).orElse(null);
    }

    private AddressView view(ReaderAddress a) {
        return new AddressView(a.getId(), a.getContactName(), cipher.decrypt(a.getPhoneCipher()), a.getPhoneMasked(),
                a.getRegion(), street(a), placeName(a), door(a), fullAddress(a), a.getLat().doubleValue(), a.getLng().doubleValue(),
                a.getLocatedBy(), a.getBranchId(), branchName(a.getBranchId()), a.getDistanceM(), Boolean.TRUE.equals(a.getIsDefault()),
                a.getContact2Name(), cipher.decrypt(a.getContact2PhoneCipher()), a.getContact2PhoneMasked());
    }
}
