package com.taoshu.reader;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.LocalDateTime;

/**
 * A reader (resident with a library card), identified by the mini-program openid. The phone is stored encrypted,
 * with a keyed hash for lookups and a masked copy for lists.
 */
@TableName("reader")
public class Reader {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String openid;
    private String unionid;
    private String name;
    private String phoneCipher;
    private String phoneHash;
    private String phoneMasked;
    private CardType cardType;
    private CardStatus cardStatus;
    private Long homeBranchId;
    private DeliveryEligibility deliveryEligibility;
    @Version
    private Integer version;
    @TableField(fill = FieldFill.INSERT)
    private LocalDateTime createdAt;
    @TableField(fill = FieldFill.INSERT_UPDATE)
    private LocalDateTime updatedAt;

    /** A first-time reader: a CITY_WIDE card, active, no home branch yet. */
    public static Reader register(String openid, String unionid) {
        Reader r = new Reader();
        r.openid = openid;
        r.unionid = unionid;
        r.cardType = CardType.CITY_WIDE;
        r.cardStatus = CardStatus.ACTIVE;
        r.deliveryEligibility = DeliveryEligibility.NONE;
        r.version = 0;
        return r;
    }

    public boolean isActive() {
        return cardStatus == CardStatus.ACTIVE;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getOpenid() { return openid; }
    public void setOpenid(String openid) { this.openid = openid; }
    public String getUnionid() { return unionid; }
    public void setUnionid(String unionid) { this.unionid = unionid; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhoneCipher() { return phoneCipher; }
    public void setPhoneCipher(String phoneCipher) { this.phoneCipher = phoneCipher; }
    public String getPhoneHash() { return phoneHash; }
    public void setPhoneHash(String phoneHash) { this.phoneHash = phoneHash; }
    public String getPhoneMasked() { return phoneMasked; }
    public void setPhoneMasked(String phoneMasked) { this.phoneMasked = phoneMasked; }
    public CardType getCardType() { return cardType; }
    public void setCardType(CardType cardType) { this.cardType = cardType; }
    public CardStatus getCardStatus() { return cardStatus; }
    public void setCardStatus(CardStatus cardStatus) { this.cardStatus = cardStatus; }
    public Long getHomeBranchId() { return homeBranchId; }
    public void setHomeBranchId(Long homeBranchId) { this.homeBranchId = homeBranchId; }
    public DeliveryEligibility getDeliveryEligibility() { return deliveryEligibility; }
    public void setDeliveryEligibility(DeliveryEligibility deliveryEligibility) { this.deliveryEligibility = deliveryEligibility; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
