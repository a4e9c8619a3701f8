/**
 * The blind rounds from 12 on: each came with four conversations of its own (the hidden check fills templates
 * with conversations nobody here wrote, so ours vary too), and each template is filled with every one of them.
 * `build_meta_corpus.ts` writes them after the older templates; `sample_texts.ts` cuts their conversations out
 * for the META model's training.
 */
import type { Conversation } from "./_conversations.ts";
import type { Negative } from "./_negatives_pasted.ts";
import type { Template } from "./_types.ts";
import { BLIND_ROUND_12, buildBlind12Negatives } from "./_blind12.ts";
import { BLIND12_CONVERSATIONS } from "./_conversations_blind12.ts";
import { BLIND_ROUND_13, buildBlind13Negatives } from "./_blind13.ts";
import { CONVERSATIONS_BLIND13 } from "./_conversations_blind13.ts";
import { BLIND_ROUND_14, buildBlind14Negatives } from "./_blind14.ts";
import { CONVERSATIONS_BLIND14 } from "./_conversations_blind14.ts";
import { BLIND_ROUND_15, buildBlind15Negatives } from "./_blind15.ts";
import { CONVERSATIONS_BLIND_15 } from "./_conversations_blind15.ts";
import { BLIND_ROUND_16, buildBlind16Negatives } from "./_blind16.ts";
import { CONVERSATIONS_BLIND16 } from "./_conversations_blind16.ts";
import { BLIND_ROUND_17, buildBlind17Negatives } from "./_blind17.ts";
import { CONVERSATIONS_BLIND17 } from "./_conversations_blind17.ts";
import { BLIND_ROUND_18, buildBlind18Negatives } from "./_blind18.ts";
import { CONVERSATIONS_BLIND_18 } from "./_conversations_blind18.ts";
import { BLIND_ROUND_19, buildBlind19Negatives } from "./_blind19.ts";
import { CONVERSATIONS_BLIND_19 } from "./_conversations_blind19.ts";
import { BLIND_ROUND_20, buildBlind20Negatives } from "./_blind20.ts";
import { CONVERSATIONS_BLIND_20 } from "./_conversations_blind20.ts";
import { BLIND_ROUND_21, buildBlind21Negatives } from "./_blind21.ts";
import { CONVERSATIONS_BLIND_21 } from "./_conversations_blind21.ts";
import { BLIND_ROUND_22, buildBlind22Negatives } from "./_blind22.ts";
import { CONVERSATIONS_BLIND_22 } from "./_conversations_blind22.ts";
import { BLIND_ROUND_23, buildBlind23Negatives } from "./_blind23.ts";
import { CONVERSATIONS_BLIND_23 } from "./_conversations_blind23.ts";
import { BLIND_ROUND_24, buildBlind24Negatives } from "./_blind24.ts";
import { CONVERSATIONS_BLIND_24 } from "./_conversations_blind24.ts";
import { BLIND_ROUND_25, buildBlind25Negatives } from "./_blind25.ts";
import { CONVERSATIONS_BLIND_25 } from "./_conversations_blind25.ts";
import { BLIND_ROUND_26, buildBlind26Negatives } from "./_blind26.ts";
import { CONVERSATIONS_BLIND_26 } from "./_conversations_blind26.ts";
import { BLIND_ROUND_27, buildBlind27Negatives } from "./_blind27.ts";
import { CONVERSATIONS_BLIND_27 } from "./_conversations_blind27.ts";
import { BLIND_ROUND_28, buildBlind28Negatives } from "./_blind28.ts";
import { CONVERSATIONS_BLIND_28 } from "./_conversations_blind28.ts";
import { BLIND_ROUND_29, buildBlind29Negatives } from "./_blind29.ts";
import { CONVERSATIONS_BLIND_29 } from "./_conversations_blind29.ts";
import { BLIND_ROUND_30, buildBlind30Negatives } from "./_blind30.ts";
import { CONVERSATIONS_BLIND_30 } from "./_conversations_blind30.ts";
import { BLIND_ROUND_31, buildBlind31Negatives } from "./_blind31.ts";
import { CONVERSATIONS_BLIND_31 } from "./_conversations_blind31.ts";
import { BLIND_ROUND_32, buildBlind32Negatives } from "./_blind32.ts";
import { CONVERSATIONS_BLIND_32 } from "./_conversations_blind32.ts";
import { BLIND_ROUND_33, buildBlind33Negatives } from "./_blind33.ts";
import { CONVERSATIONS_BLIND_33 } from "./_conversations_blind33.ts";
import { BLIND_ROUND_34, buildBlind34Negatives } from "./_blind34.ts";
import { CONVERSATIONS_BLIND_34 } from "./_conversations_blind34.ts";
import { BLIND_ROUND_35, buildBlind35Negatives } from "./_blind35.ts";
import { CONVERSATIONS_BLIND_35 } from "./_conversations_blind35.ts";
import { BLIND_ROUND_36, buildBlind36Negatives } from "./_blind36.ts";
import { CONVERSATIONS_BLIND_36 } from "./_conversations_blind36.ts";
import { BLIND_ROUND_37, buildBlind37Negatives } from "./_blind37.ts";
import { CONVERSATIONS_BLIND_37 } from "./_conversations_blind37.ts";
import { BLIND_ROUND_38, buildBlind38Negatives } from "./_blind38.ts";
import { CONVERSATIONS_BLIND_38 } from "./_conversations_blind38.ts";
import { BLIND_ROUND_39, buildBlind39Negatives } from "./_blind39.ts";
import { CONVERSATIONS_BLIND_39 } from "./_conversations_blind39.ts";
import { BLIND_ROUND_40, buildBlind40Negatives } from "./_blind40.ts";
import { CONVERSATIONS_BLIND_40 } from "./_conversations_blind40.ts";
import { BLIND41, buildBlind41Negatives } from "./_blind41.ts";
import { CONVERSATIONS_BLIND_41 } from "./_conversations_blind41.ts";
import { BLIND42, buildBlind42Negatives } from "./_blind42.ts";
import { CONVERSATIONS_BLIND_42 } from "./_conversations_blind42.ts";
import { BLIND43, buildBlind43Negatives } from "./_blind43.ts";
import { CONVERSATIONS_BLIND_43 } from "./_conversations_blind43.ts";
import { BLIND_ROUND_44, buildBlind44Negatives } from "./_blind44.ts";
import { CONVERSATIONS_BLIND_44 } from "./_conversations_blind44.ts";
import { BLIND45, buildBlind45Negatives } from "./_blind45.ts";
import { CONVERSATIONS_BLIND_45 } from "./_conversations_blind45.ts";
import { BLIND46, buildBlind46Negatives } from "./_blind46.ts";
import { CONVERSATIONS_BLIND_46 } from "./_conversations_blind46.ts";
import { BLIND47, buildBlind47Negatives } from "./_blind47.ts";
import { CONVERSATIONS_BLIND_47 } from "./_conversations_blind47.ts";
import { BLIND48, buildBlind48Negatives } from "./_blind48.ts";
import { CONVERSATIONS_BLIND_48 } from "./_conversations_blind48.ts";
import { BLIND_ROUND_49, buildBlind49Negatives } from "./_blind49.ts";
import { CONVERSATIONS_BLIND_49 } from "./_conversations_blind49.ts";
import { BLIND50, buildBlind50Negatives } from "./_blind50.ts";
import { CONVERSATIONS_BLIND_50 } from "./_conversations_blind50.ts";
import { BLIND51, buildBlind51Negatives } from "./_blind51.ts";
import { CONVERSATIONS_BLIND_51 } from "./_conversations_blind51.ts";
import { BLIND52, buildBlind52Negatives } from "./_blind52.ts";
import { CONVERSATIONS_BLIND_52 } from "./_conversations_blind52.ts";
import { BLIND53, buildBlind53Negatives } from "./_blind53.ts";
import { CONVERSATIONS_BLIND_53 } from "./_conversations_blind53.ts";
import { BLIND54, buildBlind54Negatives } from "./_blind54.ts";
import { CONVERSATIONS_BLIND_54 } from "./_conversations_blind54.ts";
import { BLIND55, buildBlind55Negatives } from "./_blind55.ts";
import { CONVERSATIONS_BLIND_55 } from "./_conversations_blind55.ts";
import { BLIND56, buildBlind56Negatives } from "./_blind56.ts";
import { CONVERSATIONS_BLIND_56 } from "./_conversations_blind56.ts";
import { BLIND57, buildBlind57Negatives } from "./_blind57.ts";
import { CONVERSATIONS_BLIND_57 } from "./_conversations_blind57.ts";
import { BLIND58, buildBlind58Negatives } from "./_blind58.ts";
import { CONVERSATIONS_BLIND_58 } from "./_conversations_blind58.ts";
import { BLIND59, buildBlind59Negatives } from "./_blind59.ts";
import { CONVERSATIONS_BLIND_59 } from "./_conversations_blind59.ts";
import { BLIND60, buildBlind60Negatives } from "./_blind60.ts";
import { CONVERSATIONS_BLIND_60 } from "./_conversations_blind60.ts";
import { BLIND61, buildBlind61Negatives } from "./_blind61.ts";
import { CONVERSATIONS_BLIND_61 } from "./_conversations_blind61.ts";
import { BLIND62, buildBlind62Negatives } from "./_blind62.ts";
import { CONVERSATIONS_BLIND_62 } from "./_conversations_blind62.ts";
import { BLIND_ROUND_63, buildBlind63Negatives } from "./_blind63.ts";
import { CONVERSATIONS_BLIND_63 } from "./_conversations_blind63.ts";
import { BLIND64, buildBlind64Negatives } from "./_blind64.ts";
import { CONVERSATIONS_BLIND_64 } from "./_conversations_blind64.ts";
import { BLIND65, buildBlind65Negatives } from "./_blind65.ts";
import { CONVERSATIONS_BLIND_65 } from "./_conversations_blind65.ts";
import { BLIND66, buildBlind66Negatives } from "./_blind66.ts";
import { CONVERSATIONS_BLIND_66 } from "./_conversations_blind66.ts";
import { BLIND67, buildBlind67Negatives } from "./_blind67.ts";
import { CONVERSATIONS_BLIND_67 } from "./_conversations_blind67.ts";
import { BLIND68, buildBlind68Negatives } from "./_blind68.ts";
import { CONVERSATIONS_BLIND_68 } from "./_conversations_blind68.ts";
import { BLIND69, buildBlind69Negatives } from "./_blind69.ts";
import { CONVERSATIONS_BLIND_69 } from "./_conversations_blind69.ts";
import { BLIND70, buildBlind70Negatives } from "./_blind70.ts";
import { CONVERSATIONS_BLIND_70 } from "./_conversations_blind70.ts";
import { BLIND71, buildBlind71Negatives } from "./_blind71.ts";
import { CONVERSATIONS_BLIND_71 } from "./_conversations_blind71.ts";
import { BLIND72, buildBlind72Negatives } from "./_blind72.ts";
import { CONVERSATIONS_BLIND_72 } from "./_conversations_blind72.ts";
import { BLIND73, buildBlind73Negatives } from "./_blind73.ts";
import { CONVERSATIONS_BLIND_73 } from "./_conversations_blind73.ts";
import { BLIND74, buildBlind74Negatives } from "./_blind74.ts";
import { CONVERSATIONS_BLIND_74 } from "./_conversations_blind74.ts";
import { BLIND75, buildBlind75Negatives } from "./_blind75.ts";
import { CONVERSATIONS_BLIND_75 } from "./_conversations_blind75.ts";
import { BLIND76, buildBlind76Negatives } from "./_blind76.ts";
import { CONVERSATIONS_BLIND_76 } from "./_conversations_blind76.ts";
import { BLIND77, buildBlind77Negatives } from "./_blind77.ts";
import { CONVERSATIONS_BLIND_77 } from "./_conversations_blind77.ts";
import { BLIND78, buildBlind78Negatives } from "./_blind78.ts";
import { CONVERSATIONS_BLIND_78 } from "./_conversations_blind78.ts";
import { BLIND79, buildBlind79Negatives } from "./_blind79.ts";
import { CONVERSATIONS_BLIND_79 } from "./_conversations_blind79.ts";
import { BLIND80, buildBlind80Negatives } from "./_blind80.ts";
import { CONVERSATIONS_BLIND_80 } from "./_conversations_blind80.ts";
import { BLIND81, buildBlind81Negatives } from "./_blind81.ts";
import { CONVERSATIONS_BLIND_81 } from "./_conversations_blind81.ts";
import { BLIND82, buildBlind82Negatives } from "./_blind82.ts";
import { CONVERSATIONS_BLIND_82 } from "./_conversations_blind82.ts";
import { BLIND83, buildBlind83Negatives } from "./_blind83.ts";
import { CONVERSATIONS_BLIND_83 } from "./_conversations_blind83.ts";
import { BLIND84, buildBlind84Negatives } from "./_blind84.ts";
import { CONVERSATIONS_BLIND_84 } from "./_conversations_blind84.ts";
import { BLIND85, buildBlind85Negatives } from "./_blind85.ts";
import { CONVERSATIONS_BLIND_85 } from "./_conversations_blind85.ts";
import { BLIND86, buildBlind86Negatives } from "./_blind86.ts";
import { CONVERSATIONS_BLIND_86 } from "./_conversations_blind86.ts";
import { BLIND87, buildBlind87Negatives } from "./_blind87.ts";
import { CONVERSATIONS_BLIND_87 } from "./_conversations_blind87.ts";
import { BLIND88, buildBlind88Negatives } from "./_blind88.ts";
import { CONVERSATIONS_BLIND_88 } from "./_conversations_blind88.ts";
import { BLIND89, buildBlind89Negatives } from "./_blind89.ts";
import { CONVERSATIONS_BLIND_89 } from "./_conversations_blind89.ts";
import { BLIND90, buildBlind90Negatives } from "./_blind90.ts";
import { CONVERSATIONS_BLIND_90 } from "./_conversations_blind90.ts";
import { BLIND91, buildBlind91Negatives } from "./_blind91.ts";
import { CONVERSATIONS_BLIND_91 } from "./_conversations_blind91.ts";
import { BLIND92, buildBlind92Negatives } from "./_blind92.ts";
import { CONVERSATIONS_BLIND_92 } from "./_conversations_blind92.ts";
import { BLIND93, buildBlind93Negatives } from "./_blind93.ts";
import { CONVERSATIONS_BLIND_93 } from "./_conversations_blind93.ts";
import { BLIND94, buildBlind94Negatives } from "./_blind94.ts";
import { CONVERSATIONS_BLIND_94 } from "./_conversations_blind94.ts";
import { BLIND95, buildBlind95Negatives } from "./_blind95.ts";
import { CONVERSATIONS_BLIND_95 } from "./_conversations_blind95.ts";

/** One round: its templates, its conversations and its hard negatives. */
export interface OwnConversationRound {
  round: string;
  templates: Template[];
  conversations: Conversation[];
  negatives: () => Negative[];
}

export const OWN_CONVERSATION_ROUNDS: readonly OwnConversationRound[] = [
  {
    round: "blind-12",
    templates: BLIND_ROUND_12,
    conversations: BLIND12_CONVERSATIONS,
    negatives: buildBlind12Negatives,
  },
  {
    round: "blind-13",
    templates: BLIND_ROUND_13,
    conversations: CONVERSATIONS_BLIND13,
    negatives: buildBlind13Negatives,
  },
  {
    round: "blind-14",
    templates: BLIND_ROUND_14,
    conversations: CONVERSATIONS_BLIND14,
    negatives: buildBlind14Negatives,
  },
  {
    round: "blind-15",
    templates: BLIND_ROUND_15,
    conversations: CONVERSATIONS_BLIND_15,
    negatives: buildBlind15Negatives,
  },
  {
    round: "blind-16",
    templates: BLIND_ROUND_16,
    conversations: CONVERSATIONS_BLIND16,
    negatives: buildBlind16Negatives,
  },
  {
    round: "blind-17",
    templates: BLIND_ROUND_17,
    conversations: CONVERSATIONS_BLIND17,
    negatives: buildBlind17Negatives,
  },
  {
    round: "blind-18",
    templates: BLIND_ROUND_18,
    conversations: CONVERSATIONS_BLIND_18,
    negatives: buildBlind18Negatives,
  },
  {
    round: "blind-19",
    templates: BLIND_ROUND_19,
    conversations: CONVERSATIONS_BLIND_19,
    negatives: buildBlind19Negatives,
  },
  {
    round: "blind-20",
    templates: BLIND_ROUND_20,
    conversations: CONVERSATIONS_BLIND_20,
    negatives: buildBlind20Negatives,
  },
  {
    round: "blind-21",
    templates: BLIND_ROUND_21,
    conversations: CONVERSATIONS_BLIND_21,
    negatives: buildBlind21Negatives,
  },
  {
    round: "blind-22",
    templates: BLIND_ROUND_22,
    conversations: CONVERSATIONS_BLIND_22,
    negatives: buildBlind22Negatives,
  },
  {
    round: "blind-23",
    templates: BLIND_ROUND_23,
    conversations: CONVERSATIONS_BLIND_23,
    negatives: buildBlind23Negatives,
  },
  {
    round: "blind-24",
    templates: BLIND_ROUND_24,
    conversations: CONVERSATIONS_BLIND_24,
    negatives: buildBlind24Negatives,
  },
  {
    round: "blind-25",
    templates: BLIND_ROUND_25,
    conversations: CONVERSATIONS_BLIND_25,
    negatives: buildBlind25Negatives,
  },
  {
    round: "blind-26",
    templates: BLIND_ROUND_26,
    conversations: CONVERSATIONS_BLIND_26,
    negatives: buildBlind26Negatives,
  },
  {
    round: "blind-27",
    templates: BLIND_ROUND_27,
    conversations: CONVERSATIONS_BLIND_27,
    negatives: buildBlind27Negatives,
  },
  {
    round: "blind-28",
    templates: BLIND_ROUND_28,
    conversations: CONVERSATIONS_BLIND_28,
    negatives: buildBlind28Negatives,
  },
  {
    round: "blind-29",
    templates: BLIND_ROUND_29,
    conversations: CONVERSATIONS_BLIND_29,
    negatives: buildBlind29Negatives,
  },
  {
    round: "blind-30",
    templates: BLIND_ROUND_30,
    conversations: CONVERSATIONS_BLIND_30,
    negatives: buildBlind30Negatives,
  },
  {
    round: "blind-31",
    templates: BLIND_ROUND_31,
    conversations: CONVERSATIONS_BLIND_31,
    negatives: buildBlind31Negatives,
  },
  {
    round: "blind-32",
    templates: BLIND_ROUND_32,
    conversations: CONVERSATIONS_BLIND_32,
    negatives: buildBlind32Negatives,
  },
  {
    round: "blind-33",
    templates: BLIND_ROUND_33,
    conversations: CONVERSATIONS_BLIND_33,
    negatives: buildBlind33Negatives,
  },
  {
    round: "blind-34",
    templates: BLIND_ROUND_34,
    conversations: CONVERSATIONS_BLIND_34,
    negatives: buildBlind34Negatives,
  },
  {
    round: "blind-35",
    templates: BLIND_ROUND_35,
    conversations: CONVERSATIONS_BLIND_35,
    negatives: buildBlind35Negatives,
  },
  {
    round: "blind-36",
    templates: BLIND_ROUND_36,
    conversations: CONVERSATIONS_BLIND_36,
    negatives: buildBlind36Negatives,
  },
  {
    round: "blind-37",
    templates: BLIND_ROUND_37,
    conversations: CONVERSATIONS_BLIND_37,
    negatives: buildBlind37Negatives,
  },
  {
    round: "blind-38",
    templates: BLIND_ROUND_38,
    conversations: CONVERSATIONS_BLIND_38,
    negatives: buildBlind38Negatives,
  },
  {
    round: "blind-39",
    templates: BLIND_ROUND_39,
    conversations: CONVERSATIONS_BLIND_39,
    negatives: buildBlind39Negatives,
  },
  {
    round: "blind-40",
    templates: BLIND_ROUND_40,
    conversations: CONVERSATIONS_BLIND_40,
    negatives: buildBlind40Negatives,
  },
  {
    round: "blind-41",
    templates: BLIND41,
    conversations: CONVERSATIONS_BLIND_41,
    negatives: buildBlind41Negatives,
  },
  {
    round: "blind-42",
    templates: BLIND42,
    conversations: CONVERSATIONS_BLIND_42,
    negatives: buildBlind42Negatives,
  },
  {
    round: "blind-43",
    templates: BLIND43,
    conversations: CONVERSATIONS_BLIND_43,
    negatives: buildBlind43Negatives,
  },
  {
    round: "blind-44",
    templates: BLIND_ROUND_44,
    conversations: CONVERSATIONS_BLIND_44,
    negatives: buildBlind44Negatives,
  },
  {
    round: "blind-45",
    templates: BLIND45,
    conversations: CONVERSATIONS_BLIND_45,
    negatives: buildBlind45Negatives,
  },
  {
    round: "blind-46",
    templates: BLIND46,
    conversations: CONVERSATIONS_BLIND_46,
    negatives: buildBlind46Negatives,
  },
  {
    round: "blind-47",
    templates: BLIND47,
    conversations: CONVERSATIONS_BLIND_47,
    negatives: buildBlind47Negatives,
  },
  {
    round: "blind-48",
    templates: BLIND48,
    conversations: CONVERSATIONS_BLIND_48,
    negatives: buildBlind48Negatives,
  },
  {
    round: "blind-49",
    templates: BLIND_ROUND_49,
    conversations: CONVERSATIONS_BLIND_49,
    negatives: buildBlind49Negatives,
  },
  {
    round: "blind-50",
    templates: BLIND50,
    conversations: CONVERSATIONS_BLIND_50,
    negatives: buildBlind50Negatives,
  },
  {
    round: "blind-51",
    templates: BLIND51,
    conversations: CONVERSATIONS_BLIND_51,
    negatives: buildBlind51Negatives,
  },
  {
    round: "blind-52",
    templates: BLIND52,
    conversations: CONVERSATIONS_BLIND_52,
    negatives: buildBlind52Negatives,
  },
  {
    round: "blind-53",
    templates: BLIND53,
    conversations: CONVERSATIONS_BLIND_53,
    negatives: buildBlind53Negatives,
  },
  {
    round: "blind-54",
    templates: BLIND54,
    conversations: CONVERSATIONS_BLIND_54,
    negatives: buildBlind54Negatives,
  },
  {
    round: "blind-55",
    templates: BLIND55,
    conversations: CONVERSATIONS_BLIND_55,
    negatives: buildBlind55Negatives,
  },
  {
    round: "blind-56",
    templates: BLIND56,
    conversations: CONVERSATIONS_BLIND_56,
    negatives: buildBlind56Negatives,
  },
  {
    round: "blind-57",
    templates: BLIND57,
    conversations: CONVERSATIONS_BLIND_57,
    negatives: buildBlind57Negatives,
  },
  {
    round: "blind-58",
    templates: BLIND58,
    conversations: CONVERSATIONS_BLIND_58,
    negatives: buildBlind58Negatives,
  },
  {
    round: "blind-59",
    templates: BLIND59,
    conversations: CONVERSATIONS_BLIND_59,
    negatives: buildBlind59Negatives,
  },
  {
    round: "blind-60",
    templates: BLIND60,
    conversations: CONVERSATIONS_BLIND_60,
    negatives: buildBlind60Negatives,
  },
  {
    round: "blind-61",
    templates: BLIND61,
    conversations: CONVERSATIONS_BLIND_61,
    negatives: buildBlind61Negatives,
  },
  {
    round: "blind-62",
    templates: BLIND62,
    conversations: CONVERSATIONS_BLIND_62,
    negatives: buildBlind62Negatives,
  },
  {
    round: "blind-63",
    templates: BLIND_ROUND_63,
    conversations: CONVERSATIONS_BLIND_63,
    negatives: buildBlind63Negatives,
  },
  {
    round: "blind-64",
    templates: BLIND64,
    conversations: CONVERSATIONS_BLIND_64,
    negatives: buildBlind64Negatives,
  },
  {
    round: "blind-65",
    templates: BLIND65,
    conversations: CONVERSATIONS_BLIND_65,
    negatives: buildBlind65Negatives,
  },
  {
    round: "blind-66",
    templates: BLIND66,
    conversations: CONVERSATIONS_BLIND_66,
    negatives: buildBlind66Negatives,
  },
  {
    round: "blind-67",
    templates: BLIND67,
    conversations: CONVERSATIONS_BLIND_67,
    negatives: buildBlind67Negatives,
  },
  {
    round: "blind-68",
    templates: BLIND68,
    conversations: CONVERSATIONS_BLIND_68,
    negatives: buildBlind68Negatives,
  },
  {
    round: "blind-69",
    templates: BLIND69,
    conversations: CONVERSATIONS_BLIND_69,
    negatives: buildBlind69Negatives,
  },
  {
    round: "blind-70",
    templates: BLIND70,
    conversations: CONVERSATIONS_BLIND_70,
    negatives: buildBlind70Negatives,
  },
  {
    round: "blind-71",
    templates: BLIND71,
    conversations: CONVERSATIONS_BLIND_71,
    negatives: buildBlind71Negatives,
  },
  {
    round: "blind-72",
    templates: BLIND72,
    conversations: CONVERSATIONS_BLIND_72,
    negatives: buildBlind72Negatives,
  },
  {
    round: "blind-73",
    templates: BLIND73,
    conversations: CONVERSATIONS_BLIND_73,
    negatives: buildBlind73Negatives,
  },
  {
    round: "blind-74",
    templates: BLIND74,
    conversations: CONVERSATIONS_BLIND_74,
    negatives: buildBlind74Negatives,
  },
  {
    round: "blind-75",
    templates: BLIND75,
    conversations: CONVERSATIONS_BLIND_75,
    negatives: buildBlind75Negatives,
  },
  {
    round: "blind-76",
    templates: BLIND76,
    conversations: CONVERSATIONS_BLIND_76,
    negatives: buildBlind76Negatives,
  },
  {
    round: "blind-77",
    templates: BLIND77,
    conversations: CONVERSATIONS_BLIND_77,
    negatives: buildBlind77Negatives,
  },
  {
    round: "blind-78",
    templates: BLIND78,
    conversations: CONVERSATIONS_BLIND_78,
    negatives: buildBlind78Negatives,
  },
  {
    round: "blind-79",
    templates: BLIND79,
    conversations: CONVERSATIONS_BLIND_79,
    negatives: buildBlind79Negatives,
  },
  {
    round: "blind-80",
    templates: BLIND80,
    conversations: CONVERSATIONS_BLIND_80,
    negatives: buildBlind80Negatives,
  },
  {
    round: "blind-81",
    templates: BLIND81,
    conversations: CONVERSATIONS_BLIND_81,
    negatives: buildBlind81Negatives,
  },
  {
    round: "blind-82",
    templates: BLIND82,
    conversations: CONVERSATIONS_BLIND_82,
    negatives: buildBlind82Negatives,
  },
  {
    round: "blind-83",
    templates: BLIND83,
    conversations: CONVERSATIONS_BLIND_83,
    negatives: buildBlind83Negatives,
  },
  {
    round: "blind-84",
    templates: BLIND84,
    conversations: CONVERSATIONS_BLIND_84,
    negatives: buildBlind84Negatives,
  },
  {
    round: "blind-85",
    templates: BLIND85,
    conversations: CONVERSATIONS_BLIND_85,
    negatives: buildBlind85Negatives,
  },
  {
    round: "blind-86",
    templates: BLIND86,
    conversations: CONVERSATIONS_BLIND_86,
    negatives: buildBlind86Negatives,
  },
  {
    round: "blind-87",
    templates: BLIND87,
    conversations: CONVERSATIONS_BLIND_87,
    negatives: buildBlind87Negatives,
  },
  {
    round: "blind-88",
    templates: BLIND88,
    conversations: CONVERSATIONS_BLIND_88,
    negatives: buildBlind88Negatives,
  },
  {
    round: "blind-89",
    templates: BLIND89,
    conversations: CONVERSATIONS_BLIND_89,
    negatives: buildBlind89Negatives,
  },
  {
    round: "blind-90",
    templates: BLIND90,
    conversations: CONVERSATIONS_BLIND_90,
    negatives: buildBlind90Negatives,
  },
  {
    round: "blind-91",
    templates: BLIND91,
    conversations: CONVERSATIONS_BLIND_91,
    negatives: buildBlind91Negatives,
  },
  {
    round: "blind-92",
    templates: BLIND92,
    conversations: CONVERSATIONS_BLIND_92,
    negatives: buildBlind92Negatives,
  },
  {
    round: "blind-93",
    templates: BLIND93,
    conversations: CONVERSATIONS_BLIND_93,
    negatives: buildBlind93Negatives,
  },
  {
    round: "blind-94",
    templates: BLIND94,
    conversations: CONVERSATIONS_BLIND_94,
    negatives: buildBlind94Negatives,
  },
  {
    round: "blind-95",
    templates: BLIND95,
    conversations: CONVERSATIONS_BLIND_95,
    negatives: buildBlind95Negatives,
  },
];
