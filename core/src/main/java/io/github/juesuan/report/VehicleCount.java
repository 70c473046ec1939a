package io.github.juesuan.report;

import io.github.juesuan.internal.JuesuanStyle;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;

/**
 * A number of vehicles of one kind (其中: 主要领导干部用车, 机要通信用车, 应急保障用车, …).
 */
@Value.Immutable
@JuesuanStyle
public abstract class VehicleCount {

    VehicleCount() {
    }

    /**
     * Gets the kind as printed.
     *
     * @return the kind
     */
    @NotNull
    public abstract String getKind();

    /**
     * Gets the number of vehicles.
     *
     * @return the count
     */
    @PositiveOrZero
    public abstract int getCount();

    /**
     * Creates a count.
     *
     * @param kind the kind
     * @param count the count
     * @return the vehicle count
     */
    public static VehicleCount of(String kind, int count) {
        return ImmutableVehicleCount.builder().kind(kind).count(count).build();
    }
}
