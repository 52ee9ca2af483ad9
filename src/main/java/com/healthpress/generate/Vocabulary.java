package com.healthpress.generate;

import java.util.List;

/**
 * The words synthetic articles are made of: topics with their subjects, and templates for titles, leads, section
 * headings, sentences and FAQ questions. {s} is a subject in lower case, {S} the same capitalised.
 */
final class Vocabulary {

    /** A topic and the subjects its articles are about, each a noun phrase that reads well after "about". */
    record Topic(String name, List<String> subjects) {
    }

    static final List<Topic> TOPICS = List.of(
            new Topic("Back pain", List.of("lower back pain", "sciatica", "slipped discs", "back stiffness",
                    "back pain at work", "upper back pain", "back muscle strain", "back pain in pregnancy")),
            new Topic("Sleep", List.of("insomnia", "sleep apnoea", "restless legs", "poor sleep", "jet lag",
                    "night waking", "daytime tiredness", "snoring")),
            new Topic("Heart health", List.of("high blood pressure", "high cholesterol", "palpitations",
                    "heart failure", "atrial fibrillation", "chest pain", "angina")),
            new Topic("Diabetes", List.of("type 2 diabetes", "type 1 diabetes", "prediabetes", "low blood sugar",
                    "gestational diabetes", "diabetic foot care", "insulin resistance")),
            new Topic("Nutrition", List.of("dietary fibre", "vitamin D", "iron deficiency", "healthy snacking",
                    "salt intake", "added sugar", "hydration", "protein needs")),
            new Topic("Mental health", List.of("anxiety", "low mood", "burnout", "panic attacks", "stress",
                    "seasonal depression", "loneliness", "grief")),
            new Topic("Skin", List.of("eczema", "acne", "psoriasis", "sunburn", "dry skin", "hives", "rosacea")),
            new Topic("Allergies", List.of("hay fever", "food allergies", "dust mite allergy", "pet allergies",
                    "allergic rhinitis", "nut allergy")),
            new Topic("Headaches", List.of("migraine", "tension headaches", "cluster headaches",
                    "headaches from screen time", "medication overuse headaches")),
            new Topic("Digestive health", List.of("heartburn", "irritable bowel syndrome", "constipation", "bloating",
                    "acid reflux", "food intolerance", "diarrhoea")),
            new Topic("Joint pain", List.of("knee pain", "osteoarthritis", "hip pain", "shoulder pain", "gout",
                    "rheumatoid arthritis", "stiff joints")),
            new Topic("Breathing", List.of("asthma", "a persistent cough", "COPD", "shortness of breath",
                    "chest infections", "bronchitis")),
            new Topic("Women's health", List.of("heavy periods", "menopause symptoms", "endometriosis",
                    "polycystic ovary syndrome", "pelvic floor weakness")),
            new Topic("Children's health", List.of("childhood fevers", "ear infections in children", "croup",
                    "chickenpox", "teething", "head lice")),
            new Topic("Fitness", List.of("starting to run", "strength training", "stretching", "walking for health",
                    "exercise after illness", "sports injuries")),
            new Topic("Eye health", List.of("dry eyes", "eye strain", "conjunctivitis", "cataracts", "glaucoma")),
            new Topic("Healthy ageing", List.of("falls prevention", "memory changes", "hearing loss", "bone health",
                    "staying active in later life")));

    static final List<String> TITLES = List.of(
            "{S}: causes, symptoms and treatment",
            "How to manage {s} at home",
            "What causes {s}?",
            "{S}: when to see a doctor",
            "Living with {s}",
            "{n} ways to ease {s}",
            "Understanding {s}",
            "{S} in older adults",
            "{S} explained",
            "Everyday habits that help with {s}",
            "Myths and facts about {s}",
            "{S} and exercise: what helps",
            "{S} at night: practical tips",
            "Is it {s}? Signs to look out for",
            "{S} and diet: what the evidence says",
            "A practical guide to {s}",
            "Questions to ask your doctor about {s}",
            "{S} in children and teenagers",
            "Treating {s} without medicine",
            "{S} after 50");

    static final List<String> LEAD_OPENERS = List.of(
            "{S} is common and usually manageable.",
            "Many people live with {s} for months before asking for help.",
            "If you are dealing with {s}, you are not alone.",
            "{S} can affect sleep, work and mood.",
            "Most people will come across {s} at some point, in themselves or in someone close to them.",
            "{S} is one of the most frequent reasons people search for health advice.",
            "Knowing a little about {s} makes it much easier to decide what to do.",
            "{S} looks different from one person to the next.");

    static final List<String> LEAD_CLOSERS = List.of(
            "This guide explains what causes it, what you can do yourself and when to get medical advice.",
            "Here is what the research says about causes, self-care and treatment.",
            "We explain the typical symptoms, simple steps that help and the warning signs that need a doctor.",
            "Learn how it is diagnosed, which treatments work and how to lower your risk.",
            "This article covers who gets it, why it happens and practical ways to feel better day to day.",
            "Read on for clear answers to the questions people ask most often.",
            "We walk through the options, from changes at home to treatments your doctor may suggest.",
            "Our overview separates what is well established from what is still uncertain.");

    /** Section headings in the order they appear; an article uses some of them. */
    static final List<String> HEADINGS = List.of(
            "What is {s}?",
            "Common causes",
            "Symptoms to look out for",
            "Who is most at risk",
            "How {s} is diagnosed",
            "Treatment options",
            "What you can do at home",
            "Diet and lifestyle",
            "Preventing {s}",
            "Living with {s}",
            "When to see a doctor",
            "Outlook");

    static final List<String> SENTENCES = List.of(
            "{S} often improves within a few weeks with simple self-care.",
            "Keeping a diary of when {s} gets worse can help you and your doctor spot patterns.",
            "Research suggests that {habit} can make a real difference for many people.",
            "It is worth talking to {pro} if symptoms last longer than {n} weeks.",
            "Some people notice that {trigger} makes {s} worse.",
            "Over-the-counter remedies can help in the short term, but they do not treat the underlying cause.",
            "Most people with {s} do not need tests, but your doctor may suggest them if the picture is unclear.",
            "Small, steady changes tend to last longer than dramatic ones.",
            "{Habit} is one of the most reliable ways to reduce the impact of {s}.",
            "Get urgent help if {s} comes with {redflag}.",
            "Around one in {n} adults experience {s} at some point in their lives.",
            "Stress and poor sleep can both make {s} harder to cope with.",
            "Your doctor will usually ask about your symptoms, your medical history and any medicines you take.",
            "There is no single treatment that works for everyone, so it can take time to find what suits you.",
            "Children and older adults may show different signs of {s} than other age groups.",
            "If a treatment does not help after a fair trial, ask about alternatives rather than giving up.",
            "Looking after your general health, including {habit}, supports recovery.",
            "Write down your questions before an appointment so you do not forget them.",
            "Many cases of {s} are mild and clear up without treatment.",
            "Be wary of products that promise a quick cure for {s}.",
            "{Pro} can explain which options are safe alongside the medicines you already take.",
            "Triggers such as {trigger} are worth noting, because avoiding them is often the simplest step.",
            "People who understand their condition tend to feel more in control of it.",
            "Follow-up appointments are a good moment to review what is working and what is not.");

    static final List<String> HABITS = List.of(
            "regular physical activity", "a consistent sleep routine", "eating plenty of vegetables and whole grains",
            "cutting down on alcohol", "stopping smoking", "gentle stretching", "staying well hydrated",
            "taking short breaks from sitting", "keeping a healthy weight", "practising relaxation techniques");

    static final List<String> PROFESSIONALS = List.of(
            "your GP", "a pharmacist", "a physiotherapist", "a specialist nurse", "a dietitian", "your doctor");

    static final List<String> TRIGGERS = List.of(
            "stress", "a lack of sleep", "long periods of sitting", "certain foods", "cold weather", "alcohol",
            "dehydration", "skipping meals");

    static final List<String> RED_FLAGS = List.of(
            "a high fever", "numbness or weakness", "chest pain", "sudden severe pain", "unexplained weight loss",
            "confusion", "difficulty breathing");

    static final List<String> QUESTIONS = List.of(
            "Is {s} serious?",
            "How long does {s} last?",
            "Can {s} be prevented?",
            "When should I see a doctor about {s}?",
            "Does exercise help with {s}?",
            "Can diet affect {s}?",
            "Is {s} hereditary?",
            "What is the best treatment for {s}?",
            "Can stress make {s} worse?",
            "Does {s} go away on its own?");

    static final List<String> AUTHORS = List.of(
            "Dr. Amelia Hart", "James Okafor", "Priya Natarajan", "Dr. Lena Fischer", "Tomás Alvarez",
            "Hannah Brooks", "Dr. Samuel Reid", "Mei Lin Chen", "Olivia Grant", "Daniel Mensah", "Sophie Laurent",
            "Dr. Arjun Mehta", "Rachel Kim", "Marcus Webb", "Elena Petrova", "Grace O'Neill", "Dr. Yusuf Demir",
            "Clara Jensen", "Noah Patel", "Isabel Moreno");

    /** Reviewers with their credentials, as name and credentials pairs. */
    static final List<List<String>> REVIEWERS = List.of(
            List.of("Dr. Helen Shaw", "MD"), List.of("Dr. Kwame Asante", "MBBS"), List.of("Laura Bennett", "RN"),
            List.of("Dr. Ines Carvalho", "PhD"), List.of("Dr. Robert Lang", "MD, FACP"),
            List.of("Amira Haddad", "RD"), List.of("Dr. Felix Wagner", "DPT"), List.of("Dr. Naomi Clarke", "MRCGP"),
            List.of("Dr. Victor Ruiz", "MD"), List.of("Sarah Whitfield", "PharmD"));

    private Vocabulary() {
    }
}
