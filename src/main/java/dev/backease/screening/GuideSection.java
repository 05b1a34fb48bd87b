package dev.backease.screening;

/** Exact headings of the guide sections the safety rules come from. */
public final class GuideSection {
    public static final String KEY_TAKEAWAYS = "Key Takeaways";
    public static final String COMMON_SOURCES = "Common Sources of Lower Back Discomfort";
    public static final String CHOOSING_ENVIRONMENT = "Choosing the Right Environment";
    public static final String OILS_AND_TOOLS = "Recommended Oils and Tools";
    public static final String INITIAL_ASSESSMENT = "Initial Assessment and Communication";
    public static final String ADJUSTING_PRESSURE = "Adjusting Pressure";
    public static final String MASSAGE_TOOLS = "Incorporating Massage Tools";
    public static final String SAFETY_TIPS = "Safety Tips and Precautions";
    public static final String CONTRAINDICATIONS = "Contraindications to Consider";
    public static final String SIGNS_TO_STOP = "Signs to Stop the Massage";
    public static final String WHEN_TO_SEEK_HELP = "When to Seek Professional Help";
    public static final String PERSISTENT_OR_SEVERE = "Identifying Persistent or Severe Pain";
    public static final String CONSULTING_PROVIDER = "Consulting a Healthcare Provider";
    public static final String FAQS = "FAQS";
    public static final String CONCLUSION = "Conclusion";

    private GuideSection() {}
}
