package io.tradelane.ack;

import java.util.HashMap;
import java.util.Map;

/**
 * Readable text for the error codes of a 997 (X12 716, 718, 720, 723) and a 999 (716, 618, 620,
 * 621; the 999 lists extend the 997 ones with implementation codes I4 to I13). An unknown code
 * reads as "code N".
 */
final class AckCodeTexts {

  private static final Map<String, String> GROUP = new HashMap<>();
  private static final Map<String, String> SET = new HashMap<>();
  private static final Map<String, String> SEGMENT = new HashMap<>();
  private static final Map<String, String> ELEMENT = new HashMap<>();

  static {
    GROUP.put("1", "functional group not supported");
    GROUP.put("2", "functional group version not supported");
    GROUP.put("3", "functional group trailer missing");
    GROUP.put("4", "group control number in header and trailer do not agree");
    GROUP.put("5", "number of included transaction sets does not match actual count");
    GROUP.put("6", "group control number violates syntax");
    SET.put("1", "transaction set not supported");
    SET.put("2", "transaction set trailer missing");
    SET.put("3", "control number in header and trailer do not match");
    SET.put("4", "number of included segments does not match actual count");
    SET.put("5", "one or more segments in error");
    SET.put("6", "missing or invalid transaction set identifier");
    SET.put("7", "missing or invalid transaction set control number");
    SET.put("23", "transaction set control number not unique within the group");
    SET.put("I5", "implementation: one or more segments in error");
    SET.put("I6", "implementation convention not supported");
    SEGMENT.put("1", "unrecognized segment");
    SEGMENT.put("2", "unexpected segment");
    SEGMENT.put("3", "mandatory segment missing");
    SEGMENT.put("4", "loop occurs over maximum times");
    SEGMENT.put("5", "segment exceeds maximum use");
    SEGMENT.put("6", "segment not in defined transaction set");
    SEGMENT.put("7", "segment not in proper sequence");
    SEGMENT.put("8", "segment has data element errors");
    SEGMENT.put("I4", "segment not used in the implementation is present");
    SEGMENT.put("I6", "implementation dependent segment missing");
    SEGMENT.put("I7", "implementation loop occurs under minimum times");
    SEGMENT.put("I8", "implementation segment below minimum use");
    SEGMENT.put("I9", "implementation dependent 'not used' segment present");
    ELEMENT.put("1", "mandatory data element missing");
    ELEMENT.put("2", "conditional required data element missing");
    ELEMENT.put("3", "too many data elements");
    ELEMENT.put("4", "data element too short");
    ELEMENT.put("5", "data element too long");
    ELEMENT.put("6", "invalid character in data element");
    ELEMENT.put("7", "invalid code value");
    ELEMENT.put("8", "invalid date");
    ELEMENT.put("9", "invalid time");
    ELEMENT.put("10", "exclusion condition violated");
    ELEMENT.put("12", "too many repetitions");
    ELEMENT.put("13", "too many components");
    ELEMENT.put("I6", "code value not used in the implementation");
    ELEMENT.put("I9", "implementation dependent data element missing");
    ELEMENT.put("I10", "data element not used in the implementation is present");
    ELEMENT.put("I11", "implementation too few repetitions");
    ELEMENT.put("I12", "implementation pattern match failure");
    ELEMENT.put("I13", "implementation dependent 'not used' data element present");
  }

  private AckCodeTexts() {}

  /** AK905-AK909. */
  static String group(String code) {
    return text(GROUP, code);
  }

  /** AK502-AK506, IK502-IK506. */
  static String set(String code) {
    return text(SET, code);
  }

  /** AK304, IK304. */
  static String segment(String code) {
    return text(SEGMENT, code);
  }

  /** AK403, IK403. */
  static String element(String code) {
    return text(ELEMENT, code);
  }

  private static String text(Map<String, String> texts, String code) {
    String text = texts.get(code);
    return text == null ? "code " + code : text + " (" + code + ")";
  }
}
