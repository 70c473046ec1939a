package io.github.juesuan.report;

import io.github.juesuan.internal.JuesuanStyle;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 国有资产占用 as 第三部分 states it: vehicles in total and by kind, and equipment of a unit value of
 * 100万元 or more.
 */
@Value.Immutable
@JuesuanStyle
public abstract class StateAssets {

    StateAssets() {
    }

    /** @return 车辆 in total, empty if not stated */
    public abstract Optional<Integer> getVehicleTotal();

    /** @return vehicles by kind, in printed order */
    @Valid
    public abstract List<VehicleCount> getVehicles();

    /** @return 单价100万元（含）以上设备 count, empty if not stated */
    public abstract Optional<Integer> getEquipmentOverOneMillion();

    /** @return the section's text as printed */
    @Value.Default
    public String getText() {
        return "";
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link StateAssets}. */
    public static final class Builder extends ImmutableStateAssets.Builder {
        Builder() {
        }
    }
}
