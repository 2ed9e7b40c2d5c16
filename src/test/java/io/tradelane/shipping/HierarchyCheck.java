package io.tradelane.shipping;

import io.tradelane.x12.Segment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks the HL segments of an 856 body and lists what is wrong with its hierarchy: IDs not 1, 2,
 * 3..., a parent that is not an earlier HL, a level under a parent the structure does not allow,
 * HL04 not telling whether children follow.
 */
final class HierarchyCheck {

  private static final Map<AsnStructure, Set<String>> ALLOWED =
      Map.of(
          AsnStructure.PICK_AND_PACK, Set.of(">S", "S>O", "O>T", "O>P", "T>P", "P>I"),
          AsnStructure.STANDARD_CARTON, Set.of(">S", "S>O", "O>I", "I>P"));

  private HierarchyCheck() {}

  static List<String> problems(List<Segment> body, AsnStructure structure) {
    List<String> problems = new ArrayList<>();
    Map<String, String> levelById = new HashMap<>();
    Set<String> parents = new HashSet<>();
    List<Segment> hls = body.stream().filter(s -> s.tag().equals("HL")).toList();
    for (int i = 0; i < hls.size(); i++) {
      Segment hl = hls.get(i);
      String id = hl.element(1);
      String parent = hl.element(2);
      if (!id.equals(Integer.toString(i + 1))) {
        problems.add("HL " + id + " is number " + (i + 1));
      }
      if (!parent.isEmpty() && !levelById.containsKey(parent)) {
        problems.add("HL " + id + " names parent " + parent + ", not an earlier HL");
      }
      String link = levelById.getOrDefault(parent, "") + ">" + hl.element(3);
      if (!ALLOWED.get(structure).contains(link)) {
        problems.add("HL " + id + " links " + link + ", not in " + structure);
      }
      levelById.put(id, hl.element(3));
      parents.add(parent);
    }
    for (Segment hl : hls) {
      String expected = parents.contains(hl.element(1)) ? "1" : "0";
      if (!hl.element(4).equals(expected)) {
        problems.add("HL " + hl.element(1) + " has HL04 " + hl.element(4));
      }
    }
    return problems;
  }
}
