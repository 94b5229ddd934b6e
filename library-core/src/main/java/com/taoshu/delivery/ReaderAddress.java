package com.taoshu.delivery;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A reader's delivery address: phone, address text, place name and door encrypted at rest; the point (GCJ-02) picked
 * on a map or geocoded, and the serving branch.
 */
@TableName("reader_address")
public class ReaderAddress {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long readerId;
    private String contactName;
    private String phoneCipher;
    private String phoneMasked;
    private String region;
    private String detailCipher;
    private String streetCipher;
    private String placeCipher;
    private String doorCipher;
    private String formattedMasked;
    private BigDecimal lat;
    private BigDecimal lng;
    private Location locatedBy;
    private Long locatedByStaffId;
    private Long branchId;
    private Integer distanceM;
    /** The optional second contact (a family member), phone encrypted like the first. */
    private String contact2Name;
    private String contact2PhoneCipher;
    private String contact2PhoneMasked;
    @TableField("is_default")
    private Boolean isDefault;
    private Boolean deleted;
    @TableField(fill = FieldFill.INSERT)
    private LocalDateTime createdAt;
    @TableField(fill = FieldFill.INSERT_UPDATE)
    private LocalDateTime updatedAt;

    /** How the point was found: picked on the reader's map, geocoded from the text by AMap, or placed at the desk. */
    public enum Location { PICKED, GEOCODED, DESK }

    public GeoPoint point() {
        return new GeoPoint(lat.doubleValue(), lng.doubleValue());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getReaderId() { return readerId; }
    public void setReaderId(Long readerId) { this.readerId = readerId; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getPhoneCipher() { return phoneCipher; }
    public void setPhoneCipher(String phoneCipher) { this.phoneCipher = phoneCipher; }
    public String getPhoneMasked() { return phoneMasked; }
    public void setPhoneMasked(String phoneMasked) { this.phoneMasked = phoneMasked; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getDetailCipher() { return detailCipher; }
    public void setDetailCipher(String detailCipher) { this.detailCipher = detailCipher; }
    public String getStreetCipher() { return streetCipher; }
    public void setStreetCipher(String streetCipher) { this.streetCipher = streetCipher; }
    public String getPlaceCipher() { return placeCipher; }
    public void setPlaceCipher(String placeCipher) { this.placeCipher = placeCipher; }
    public String getDoorCipher() { return doorCipher; }
    public void setDoorCipher(String doorCipher) { this.doorCipher = doorCipher; }
    public Location getLocatedBy() { return locatedBy; }
    public void setLocatedBy(Location locatedBy) { this.locatedBy = locatedBy; }
    public Long getLocatedByStaffId() { return locatedByStaffId; }
    public void setLocatedByStaffId(Long locatedByStaffId) { this.locatedByStaffId = locatedByStaffId; }
    public String getFormattedMasked() { return formattedMasked; }
    public void setFormattedMasked(String formattedMasked) { this.formattedMasked = formattedMasked; }
    public BigDecimal getLat() { return lat; }
    public void setLat(BigDecimal lat) { this.lat = lat; }
    public BigDecimal getLng() { return lng; }
    public void setLng(BigDecimal lng) { this.lng = lng; }
    public Long getBranchId() { return branchId; }
    public void setBranchId(Long branchId) { this.branchId = branchId; }
    public Integer getDistanceM() { return distanceM; }
    public void setDistanceM(Integer distanceM) { this.distanceM = distanceM; }
    public String getContact2Name() { return contact2Name; }
    public void setContact2Name(String contact2Name) { this.contact2Name = contact2Name; }
    public String getContact2PhoneCipher() { return contact2PhoneCipher; }
    public void setContact2PhoneCipher(String contact2PhoneCipher) { this.contact2PhoneCipher = contact2PhoneCipher; }
    public String getContact2PhoneMasked() { return contact2PhoneMasked; }
    public void setContact2PhoneMasked(String contact2PhoneMasked) { this.contact2PhoneMasked = contact2PhoneMasked; }
    public Boolean getIsDefault() { return isDefault; }
    public void setIsDefault(Boolean isDefault) { this.isDefault = isDefault; }
    public Boolean getDeleted() { return deleted; }
    public void setDeleted(Boolean deleted) { this.deleted = deleted; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
