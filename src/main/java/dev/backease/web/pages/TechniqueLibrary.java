package dev.backease.web.pages;

import java.util.List;
import java.util.Optional;

/**
 * The techniques and stretches the pages describe. The composition root adapts the guide's
 * content model to this, so the pages stay independent of how the guide is stored.
 */
@FunctionalInterface
public interface TechniqueLibrary {
    List<TechniqueCard> all();

    default Optional<TechniqueCard> find(String id) {
        return all().stream().filter(card -> card.id().equals(id)).findFirst();
    }
}
